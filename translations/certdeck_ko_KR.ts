<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CertdeckCli</name>
    <message>
        <location filename="../app/cli/cli_commands.cpp" line="+34"/>
        <source>A specific version (default: the current one).</source>
        <translation>특정 버전입니다(기본값: 현재 버전).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the certificates of the vault.</source>
        <translation>키 자격 증명 모음의 인증서를 나열합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list certificates whose first version is still pending.</source>
        <translation>첫 번째 버전이 아직 보류 중인 인증서도 나열합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a certificate with its policy.</source>
        <translation>인증서와 해당 정책을 표시합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the versions of a certificate.</source>
        <translation>인증서의 버전을 나열합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a certificate (a new version when NAME exists).</source>
        <translation>인증서를 만듭니다(NAME이 이미 있으면 새 버전을 만듦).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject, e.g. &quot;CN=www.contoso.com, O=Contoso&quot;.</source>
        <translation>주체입니다. 예: &quot;CN=www.contoso.com, O=Contoso&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS subject alternative name (repeat or separate with commas).</source>
        <translation>DNS 주체 대체 이름입니다(옵션을 반복하거나 쉼표로 구분).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail subject alternative name (repeat or separate with commas).</source>
        <translation>전자 메일 주체 대체 이름입니다(옵션을 반복하거나 쉼표로 구분).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA (default) or EC.</source>
        <translation>RSA(기본값) 또는 EC입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA key size: 2048, 3072 or 4096.</source>
        <translation>RSA 키 크기: 2048, 3072 또는 4096입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC curve: P-256, P-384, P-521 or P-256K.</source>
        <translation>EC 곡선: P-256, P-384, P-521 또는 P-256K입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity in months.</source>
        <translation>유효 기간(개월)입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self (default), Unknown (sign the request elsewhere and merge), or an issuer&apos;s name.</source>
        <translation>Self(기본값), Unknown(다른 곳에서 요청에 서명한 후 병합) 또는 발급자 이름입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key cannot be exported.</source>
        <translation>프라이빗 키를 내보낼 수 없도록 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended key usage OIDs, separated with commas.</source>
        <translation>쉼표로 구분한 확장 키 사용(EKU) OID입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the secret is served: pfx (default) or pem.</source>
        <translation>비밀이 제공되는 형식입니다: pfx(기본값) 또는 pem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate policy as JSON (the service&apos;s shape) instead of the options above.</source>
        <translation>위 옵션 대신 사용할 JSON 형식의 인증서 정책입니다(서비스의 형식 그대로).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the pending request (certificate operation) of a certificate.</source>
        <translation>인증서의 보류 중인 요청(인증서 작업)을 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll until the request completes, fails or is cancelled, printing each change; exit 0 only when it completed.</source>
        <translation>요청이 완료, 실패 또는 취소될 때까지 폴링하며 변경될 때마다 출력합니다. 완료된 경우에만 0으로 종료합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the request&apos;s CSR (PEM) to FILE.</source>
        <translation>요청의 CSR(PEM)을 FILE에 씁니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the issuer to cancel the pending request.</source>
        <translation>발급자에게 보류 중인 요청을 취소하도록 요청합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete a pending request with the signed certificate and its chain (.cer, .crt, .pem, .p7b). The chain is checked against the request&apos;s key before anything is sent.</source>
        <translation>서명된 인증서와 해당 체인(.cer, .crt, .pem, .p7b)으로 보류 중인 요청을 완료합니다. 전송하기 전에 체인이 요청의 키와 일치하는지 확인합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a certificate with its private key (.pfx, .p12 or .pem). Without --password-file the password is asked for on the terminal.</source>
        <translation>프라이빗 키가 포함된 인증서(.pfx, .p12 또는 .pem)를 가져옵니다. --password-file을 지정하지 않으면 터미널에서 암호를 묻습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File holding the password (first line). Passwords are never accepted as arguments.</source>
        <translation>암호가 들어 있는 파일입니다(첫 번째 줄). 암호는 인수로 받지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the certificate with its private key to FILE (mode 0600).</source>
        <translation>프라이빗 키가 포함된 인증서를 FILE에 씁니다(모드 0600).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>쓸 파일입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pfx or pem (default: from FILE&apos;s extension, else as the vault serves it).</source>
        <translation>pfx 또는 pem입니다(기본값: FILE의 확장명을 따르고, 없으면 키 자격 증명 모음이 제공하는 형식).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite FILE if it exists.</source>
        <translation>FILE이 있으면 덮어씁니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a certificate (recoverable while the vault keeps it).</source>
        <translation>인증서를 삭제합니다(키 자격 증명 모음이 보존하는 동안 복구할 수 있음).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover a deleted certificate.</source>
        <translation>삭제된 인증서를 복구합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permanently remove a deleted certificate.</source>
        <translation>삭제된 인증서를 영구적으로 제거합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the deleted certificates.</source>
        <translation>삭제된 인증서를 나열합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the certificate issuers of the vault.</source>
        <translation>키 자격 증명 모음의 인증서 발급자를 나열합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vault access policies, through Azure Resource Manager.</source>
        <translation>Azure Resource Manager를 통한 키 자격 증명 모음 액세스 정책입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The principal&apos;s object id.</source>
        <translation>보안 주체의 개체 ID입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The principal&apos;s tenant (default: the vault&apos;s).</source>
        <translation>보안 주체의 테넌트입니다(기본값: 키 자격 증명 모음의 테넌트).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate permissions, e.g. get,list.</source>
        <translation>인증서 권한입니다. 예: get,list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret permissions.</source>
        <translation>비밀 권한입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key permissions.</source>
        <translation>키 권한입니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>pending</source>
        <translation>보류 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>exportable</source>
        <translation>내보낼 수 있음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not exportable</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS names</source>
        <translation>DNS 이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail addresses</source>
        <translation>전자 메일 주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>일련 번호</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not before</source>
        <translation>활성화 날짜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>만료 날짜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>지문(SHA-1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy issuer</source>
        <translation>정책 발급자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content type</source>
        <translation>콘텐츠 형식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>업데이트한 날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery level</source>
        <translation>복구 수준</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending request</source>
        <translation>보류 중인 요청</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancellation requested</source>
        <translation>취소 요청됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request subject</source>
        <translation>요청 주체</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request id</source>
        <translation>요청 ID</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+53"/>
        <location filename="../app/cli/cli_policy.cpp" line="+36"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>certificates list</source>
        <translation>인증서 목록</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+7"/>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>EXPIRES</source>
        <translation>만료 날짜</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>THUMBPRINT (SHA-1)</source>
        <translation>지문(SHA-1)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>versions of %1</source>
        <translation>%1의 버전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VERSION</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>deleted certificates list</source>
        <translation>삭제된 인증서 목록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELETED</source>
        <translation>삭제한 날짜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PURGED AFTER</source>
        <translation>제거 예정일</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>issuers list</source>
        <translation>발급자 목록</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PROVIDER</source>
        <translation>공급자</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>show %1</source>
        <translation>%1 표시</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>create %1</source>
        <translation>%1 만들기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--policy-file cannot be combined with --%1.</source>
        <translation>--policy-file은 --%1과(와) 함께 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1은(는) JSON 개체가 아닙니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--subject (or --policy-file) is required.</source>
        <translation>--subject(또는 --policy-file)가 필요합니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--validity-months needs a number from 1 to 1200.</source>
        <translation>--validity-months에는 1에서 1200 사이의 숫자가 필요합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--key-type must be RSA or EC.</source>
        <translation>--key-type은 RSA 또는 EC여야 합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--key-size needs a number of bits and an RSA key.</source>
        <translation>--key-size에는 비트 수와 RSA 키가 필요합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--curve must be P-256, P-384, P-521 or P-256K.</source>
        <translation>--curve는 P-256, P-384, P-521 또는 P-256K여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--curve needs --key-type EC.</source>
        <translation>--curve에는 --key-type EC가 필요합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--content-type must be pem or pfx.</source>
        <translation>--content-type은 pem 또는 pfx여야 합니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+5"/>
        <source>pending %1</source>
        <translation>%1의 보류 중인 요청</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The pending request carries no readable CSR.</source>
        <translation>보류 중인 요청에 읽을 수 있는 CSR이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/local_files.cpp" line="+88"/>
        <location line="+5"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The request ended %1: %2 (%3)</source>
        <translation>요청이 %1 상태로 끝났습니다: %2(%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request ended %1.</source>
        <translation>요청이 %1 상태로 끝났습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancel %1</source>
        <translation>%1 취소</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>merge %1</source>
        <translation>%1 병합</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: the certificates do not form one chain (each signed by the next); they are sent leaf first as found.</source>
        <translation>경고: 인증서가 하나의 체인(각 인증서가 다음 인증서로 서명됨)을 이루지 않습니다. 찾은 순서대로 리프 인증서부터 보냅니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pending request of %1 carries no readable CSR; nothing was merged.</source>
        <translation>%1의 보류 중인 요청에 읽을 수 있는 CSR이 없으므로 아무것도 병합하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate “%1” (thumbprint %2) was not issued for this request: its public key does not match the key of the pending request of %3. Nothing was sent to the vault.</source>
        <translation>인증서 &apos;%1&apos;(지문 %2)은(는) 이 요청에 대해 발급된 인증서가 아닙니다. 공개 키가 %3의 보류 중인 요청의 키와 일치하지 않습니다. 키 자격 증명 모음에 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Password for %1: </source>
        <translation>%1의 암호: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password does not open %1 (wrong password, or the file is damaged). Nothing was sent.</source>
        <translation>이 암호로 %1을(를) 열 수 없습니다(암호가 틀렸거나 파일이 손상됨). 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is protected by a password: give it with --password-file FILE, or run on a terminal to be asked for it.</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. --password-file FILE로 암호를 지정하거나, 터미널에서 실행하여 암호를 입력하세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a PFX that can be read: %2</source>
        <translation>%1은(는) 읽을 수 있는 PFX가 아닙니다: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be read as PEM: %2</source>
        <translation>%1을(를) PEM으로 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No certificate in %1 matches its private key.</source>
        <translation>%1에 프라이빗 키와 일치하는 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds certificates but no private key: import needs the key too (a PFX, or PEM with the key).</source>
        <translation>%1에 인증서는 있지만 프라이빗 키가 없습니다. 가져오려면 키도 필요합니다(PFX 또는 키가 포함된 PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is neither a PFX (.pfx, .p12) nor PEM.</source>
        <translation>%1은(는) PFX(.pfx, .p12)도 PEM도 아닙니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out FILE is required.</source>
        <translation>--out FILE이 필요합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--format must be pfx or pem.</source>
        <translation>--format은 pfx 또는 pem이어야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/local_files.cpp" line="-10"/>
        <source>%1 already exists: choose another file or add --force.</source>
        <translation>%1이(가) 이미 있습니다. 다른 파일을 선택하거나 --force를 추가하세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The vault&apos;s PFX cannot be read: %1</source>
        <translation>키 자격 증명 모음에서 받은 PFX를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault&apos;s PEM cannot be read.</source>
        <translation>키 자격 증명 모음에서 받은 PEM을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote %1 (%2, with the private key; readable by you only).</source>
        <translation>%1을(를) 썼습니다(%2, 프라이빗 키 포함, 본인만 읽을 수 있음).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS #12 without a password</source>
        <translation>암호 없는 PKCS #12</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>삭제한 날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recoverable until</source>
        <translation>복구 가능 기한</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery id</source>
        <translation>복구 ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>recover %1</source>
        <translation>%1 복구</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>purge %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purged %1.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_policy.cpp" line="+3"/>
        <source>OBJECT ID</source>
        <translation>개체 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TENANT</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CERTIFICATES</source>
        <translation>인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECRETS</source>
        <translation>비밀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEYS</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>policy %1</source>
        <translation>액세스 정책 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy takes list, add or remove.</source>
        <translation>policy 명령에는 list, add 또는 remove를 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access policies need the vault&apos;s resource id: --vault-resource-id ID (a connection file has it).</source>
        <translation>액세스 정책에는 키 자격 증명 모음의 리소스 ID가 필요합니다: --vault-resource-id ID(연결 파일에 포함되어 있음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy %1 needs --object-id ID.</source>
        <translation>policy %1에는 --object-id ID가 필요합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>policy add needs --certificates, --secrets or --keys.</source>
        <translation>policy add에는 --certificates, --secrets 또는 --keys가 필요합니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The vault grants %1 nothing of that: there is nothing to remove.</source>
        <translation>키 자격 증명 모음이 %1에 해당 권한을 부여하지 않았으므로 제거할 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_session.cpp" line="+60"/>
        <source>request id %1</source>
        <translation>요청 ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no message)</source>
        <translation>(메시지 없음)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A connection.json (as certdeck-localvault writes it): vault URL, tenant, authority, client id and secret, CA certificate, ARM URL and vault resource id.</source>
        <translation>connection.json 파일(certdeck-localvault가 작성하는 형식)입니다: 키 자격 증명 모음 URL, 테넌트, 기관, 클라이언트 ID 및 암호, CA 인증서, ARM URL, 키 자격 증명 모음 리소스 ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault URL, e.g. https://contoso.vault.azure.net/.</source>
        <translation>키 자격 증명 모음 URL입니다. 예: https://contoso.vault.azure.net/.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in method: local (the default with --connection), secret, cli (Azure CLI), device-code or certificate.</source>
        <translation>로그인 방법입니다: local(--connection 사용 시 기본값), secret, cli(Azure CLI), device-code 또는 certificate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID tenant (secret, certificate, device-code).</source>
        <translation>Microsoft Entra ID 테넌트입니다(secret, certificate, device-code).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application (client) id (secret, certificate, device-code).</source>
        <translation>애플리케이션(클라이언트) ID입니다(secret, certificate, device-code).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File holding the client secret (--auth secret); or set CERTDECK_CLIENT_SECRET. Secrets are never accepted as arguments.</source>
        <translation>클라이언트 암호가 들어 있는 파일입니다(--auth secret). 또는 CERTDECK_CLIENT_SECRET을 설정하세요. 암호는 인수로 받지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PFX or PEM with the application&apos;s certificate and key (--auth certificate).</source>
        <translation>애플리케이션의 인증서와 키가 들어 있는 PFX 또는 PEM입니다(--auth certificate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File holding the password of --certificate-file, when it has one.</source>
        <translation>--certificate-file에 암호가 있는 경우 해당 암호가 들어 있는 파일입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID authority host (default https://login.microsoftonline.com).</source>
        <translation>Microsoft Entra ID 기관 호스트입니다(기본값 https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of extra CA certificates to trust for this connection.</source>
        <translation>이 연결에서 추가로 신뢰할 CA 인증서의 PEM 파일입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default) or json.</source>
        <translation>table(기본값) 또는 json입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Vault API version: 7.5 (default) or 7.4.</source>
        <translation>Key Vault API 버전입니다: 7.5(기본값) 또는 7.4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Resource Manager URL for access policies (default https://management.azure.com/).</source>
        <translation>액세스 정책에 사용할 Azure Resource Manager URL입니다(기본값 https://management.azure.com/).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s ARM resource id, for access policies.</source>
        <translation>액세스 정책에 사용할 키 자격 증명 모음의 ARM 리소스 ID입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --auth local: sign in as this principal of the connection file (e.g. reader) instead of its administrator.</source>
        <translation>--auth local 사용 시: 연결 파일의 관리자 대신 이 보안 주체(예: reader)로 로그인합니다.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--output must be table or json, not “%1”.</source>
        <translation>--output은 table 또는 json이어야 합니다(&apos;%1&apos;은(는) 사용할 수 없음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--api-version must be 7.5 or 7.4, not “%1”.</source>
        <translation>--api-version은 7.5 또는 7.4여야 합니다(&apos;%1&apos;은(는) 사용할 수 없음).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say which vault: --connection FILE, or --vault URL with --auth.</source>
        <translation>사용할 키 자격 증명 모음을 지정하세요: --connection FILE 또는 --vault URL과 --auth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--vault needs a URL such as https://contoso.vault.azure.net/.</source>
        <translation>--vault에는 https://contoso.vault.azure.net/과 같은 URL이 필요합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--principal goes with --auth local only.</source>
        <translation>--principal은 --auth local과 함께만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--auth local needs --connection FILE.</source>
        <translation>--auth local에는 --connection FILE이 필요합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection file has no principal named “%1”.</source>
        <translation>연결 파일에 이름이 &apos;%1&apos;인 보안 주체가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--auth secret needs --tenant and --client-id.</source>
        <translation>--auth secret에는 --tenant와 --client-id가 필요합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--auth secret needs the secret in --client-secret-file FILE or in the environment variable CERTDECK_CLIENT_SECRET.</source>
        <translation>--auth secret에는 --client-secret-file FILE 또는 환경 변수 CERTDECK_CLIENT_SECRET에 클라이언트 암호가 필요합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--auth certificate needs --tenant, --client-id and --certificate-file.</source>
        <translation>--auth certificate에는 --tenant, --client-id 및 --certificate-file이 필요합니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--auth device-code needs --client-id (an application that allows public client flows).</source>
        <translation>--auth device-code에는 --client-id(퍼블릭 클라이언트 흐름을 허용하는 애플리케이션)가 필요합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>로그인하려면 %1을(를) 열고 코드 %2을(를) 입력하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth must be local, secret, cli, device-code or certificate, not “%1”.</source>
        <translation>--auth는 local, secret, cli, device-code 또는 certificate여야 합니다(&apos;%1&apos;은(는) 사용할 수 없음).</translation>
    </message>
    <message>
        <location filename="../app/cli/local_files.cpp" line="-63"/>
        <source>%1 does not exist or is not a regular file.</source>
        <translation>%1이(가) 없거나 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 holds no certificate that can be read (DER, PEM or PKCS #7 expected)%2</source>
        <translation>%1에 읽을 수 있는 인증서가 없습니다(DER, PEM 또는 PKCS #7 필요)%2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+22"/>
        <source>Exit codes:
  0  success
  2  usage error (unknown command or option, missing argument)
  3  authentication failed (401, or no token could be obtained)
  4  not found (404)
  5  conflict (409), e.g. a request is already pending
  6  forbidden (403): the access policy lacks a permission
  7  other service error (also: a watched request failed or was cancelled)
  8  network or TLS failure
  9  invalid local input: unreadable file, wrong password, chain not matching the request
</source>
        <translation>종료 코드:
  0  성공
  2  사용법 오류(알 수 없는 명령 또는 옵션, 누락된 인수)
  3  인증 실패(401 또는 토큰을 가져올 수 없음)
  4  찾을 수 없음(404)
  5  충돌(409). 예: 이미 보류 중인 요청이 있음
  6  금지됨(403): 액세스 정책에 권한이 없음
  7  기타 서비스 오류(감시 중인 요청이 실패하거나 취소된 경우 포함)
  8  네트워크 또는 TLS 오류
  9  잘못된 로컬 입력: 읽을 수 없는 파일, 잘못된 암호, 요청과 일치하지 않는 체인
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Commands:
</source>
        <translation>명령:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Run “certdeck-cli COMMAND --help” for a command&apos;s options.
</source>
        <translation>
명령의 옵션을 보려면 &apos;certdeck-cli COMMAND --help&apos;를 실행하세요.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run “certdeck-cli --help” for usage.</source>
        <translation>사용법을 보려면 &apos;certdeck-cli --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not accepted: secrets never go on the command line (they would show in the process list and the shell history). Use --password-file or --client-secret-file, the environment variable CERTDECK_CLIENT_SECRET, or the terminal prompt.</source>
        <translation>%1은(는) 사용할 수 없습니다. 암호와 비밀은 명령줄에 지정하지 않습니다(프로세스 목록과 셸 기록에 표시됨). --password-file 또는 --client-secret-file, 환경 변수 CERTDECK_CLIENT_SECRET 또는 터미널 프롬프트를 사용하세요.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Manage the certificates of an Azure Key Vault (or of certdeck-localvault).</source>
        <translation>Azure Key Vault(또는 certdeck-localvault)의 인증서를 관리합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The command to run.</source>
        <translation>실행할 명령입니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No command given.</source>
        <translation>명령을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command “%1”.</source>
        <translation>알 수 없는 명령 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Usage: certdeck-cli [global options] %1</source>
        <translation>사용법: certdeck-cli [전역 옵션] %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../app/cli/table_output.cpp" line="+89"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>certdeck::cli::PageStream</name>
    <message>
        <location filename="../app/cli/page_stream.cpp" line="+34"/>
        <source>The service did not answer within the time limit.</source>
        <translation>서비스가 제한 시간 내에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only HTTPS is allowed (got %1).</source>
        <translation>HTTPS만 허용됩니다(받은 값: %1).</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The connection was closed before the answer was complete.</source>
        <translation>응답이 완료되기 전에 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The service&apos;s nextLink points to another host; it is not followed.</source>
        <translation>서비스의 nextLink가 다른 호스트를 가리키므로 따라가지 않습니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::client::AzureCliCredential</name>
    <message>
        <location filename="../lib/client/azure_cli_credential.cpp" line="+58"/>
        <source>Azure CLI sign-in</source>
        <translation>Azure CLI 로그인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure CLI sign-in (tenant %1)</source>
        <translation>Azure CLI 로그인(테넌트 %1)</translation>
    </message>
</context>
<context>
    <name>certdeck::client::ClientCertificateCredential</name>
    <message>
        <location filename="../lib/client/client_certificate_credential.cpp" line="+105"/>
        <source>Certificate %1 of application %2</source>
        <translation>애플리케이션 %2의 인증서 %1</translation>
    </message>
</context>
<context>
    <name>certdeck::client::ClientSecretCredential</name>
    <message>
        <location filename="../lib/client/client_secret_credential.cpp" line="+89"/>
        <source>Client secret of application %1</source>
        <translation>애플리케이션 %1의 클라이언트 암호</translation>
    </message>
</context>
<context>
    <name>certdeck::client::DeviceCodeCredential</name>
    <message>
        <location filename="../lib/client/device_code_credential.cpp" line="+123"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>로그인하려면 %1을(를) 열고 코드 %2을(를) 입력하세요.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Device code sign-in with application %1</source>
        <translation>애플리케이션 %1을(를) 사용한 디바이스 코드 로그인</translation>
    </message>
</context>
<context>
    <name>certdeck::client::HttpPipeline</name>
    <message>
        <location filename="../lib/client/http_pipeline.cpp" line="+285"/>
        <source>Only HTTPS is allowed (got %1). Plain HTTP is refused so that tokens never travel unencrypted.</source>
        <translation>HTTPS만 허용됩니다(받은 값: %1). 토큰이 암호화되지 않은 채 전송되지 않도록 일반 HTTP는 거부됩니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::client::VaultError</name>
    <message>
        <location filename="../lib/client/vault_error.cpp" line="+20"/>
        <source>Your access policy on this vault does not include the permission “%1”. Grant it in Access policies, or ask the vault&apos;s owner to.</source>
        <translation>이 키 자격 증명 모음에 대한 액세스 정책에 &apos;%1&apos; 권한이 없습니다. 액세스 정책에서 권한을 부여하거나 키 자격 증명 모음 소유자에게 요청하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault uses Azure role-based access control and your identity has no role that allows this action. Ask for a Key Vault role assignment.</source>
        <translation>이 키 자격 증명 모음은 Azure RBAC(역할 기반 액세스 제어)를 사용하며, 사용자 ID에 이 작업을 허용하는 역할이 없습니다. Key Vault 역할 할당을 요청하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s firewall does not allow requests from your network address.</source>
        <translation>키 자격 증명 모음의 방화벽이 사용자 네트워크 주소의 요청을 허용하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge protection is on for this vault: a deleted certificate cannot be purged before its scheduled purge date, when the vault purges it by itself. Recover it if you need it or its name again.</source>
        <translation>이 자격 증명 모음은 제거 보호가 켜져 있습니다. 삭제된 인증서는 예약된 제거 날짜 전에는 제거할 수 없으며, 그날 자격 증명 모음이 자동으로 제거합니다. 인증서나 그 이름이 다시 필요하면 복구하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This request was sent to a certificate authority and is still in progress: merging is only possible after it failed or was cancelled. Wait for it, or cancel it first.</source>
        <translation>이 요청은 인증 기관에 전송되었으며 아직 진행 중입니다. 병합은 요청이 실패하거나 취소된 후에만 할 수 있습니다. 완료될 때까지 기다리거나 먼저 요청을 취소하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused the request (403 Forbidden).</source>
        <translation>서비스에서 요청을 거부했습니다(403 금지됨).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deleted certificate with this name is still recoverable. Recover it or purge it under Deleted certificates, or choose another name.</source>
        <translation>이 이름의 삭제된 인증서를 아직 복구할 수 있습니다. 삭제된 인증서에서 복구하거나 제거하거나, 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate is still being deleted. Try again in a few seconds.</source>
        <translation>인증서를 아직 삭제하는 중입니다. 몇 초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pending request for this certificate is still in progress. Merge the signed certificate, wait for the issuer to finish, or delete the pending request first.</source>
        <translation>이 인증서에 대한 보류 중인 요청이 아직 진행 중입니다. 서명된 인증서를 병합하거나, 발급자가 완료할 때까지 기다리거나, 먼저 보류 중인 요청을 삭제하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate is still used by back ends. Remove it from their gateway credentials first, then delete it.</source>
        <translation>인증서가 아직 백 엔드에서 사용 중입니다. 먼저 백 엔드의 게이트웨이 자격 증명에서 인증서를 제거한 다음 삭제하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request conflicts with the certificate&apos;s current state (409 Conflict).</source>
        <translation>요청이 인증서의 현재 상태와 충돌합니다(409 충돌).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>API Management could not read the certificate from Key Vault: its managed identity is not turned on, or has no “Get” secret permission on the vault. Turn on the system-assigned identity and add an access policy with secret permission “Get”, then try again.</source>
        <translation>API Management에서 Key Vault의 인증서를 읽을 수 없습니다. API Management의 관리 ID가 켜져 있지 않거나, 키 자격 증명 모음에 대한 &apos;가져오기&apos; 비밀 권한이 없습니다. 시스템 할당 관리 ID를 켜고 비밀 권한 &apos;가져오기&apos;가 포함된 액세스 정책을 추가한 다음 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected the request as invalid: check the values you entered.</source>
        <translation>서비스에서 요청이 잘못되었다며 거부했습니다. 입력한 값을 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this item meanwhile. Reload it and try again.</source>
        <translation>그동안 다른 사용자가 이 항목을 변경했습니다. 항목을 다시 로드한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not accept the sign-in. Sign in again or check the credentials of this connection.</source>
        <translation>서비스에서 로그인을 수락하지 않았습니다. 다시 로그인하거나 이 연결의 자격 증명을 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no pending request for this certificate any more: it was completed, deleted or replaced.</source>
        <translation>이 인증서에 대한 보류 중인 요청이 더 이상 없습니다. 요청이 완료되었거나 삭제 또는 대체되었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item was not found. It may have been deleted; look under Deleted certificates.</source>
        <translation>항목을 찾을 수 없습니다. 삭제되었을 수 있으니 삭제된 인증서에서 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is throttling requests. Certdeck retried; try again in a minute.</source>
        <translation>키 자격 증명 모음에서 요청을 제한하고 있습니다. Certdeck에서 다시 시도했습니다. 1분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service had an internal error (%1). Certdeck retried; try again later.</source>
        <translation>서비스에서 내부 오류(%1)가 발생했습니다. Certdeck에서 다시 시도했습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with status %1.</source>
        <translation>서비스에서 상태 %1(으)로 응답했습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service could not be reached. Check the network connection and the vault URL.</source>
        <translation>서비스에 연결할 수 없습니다. 네트워크 연결과 키 자격 증명 모음 URL을 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s TLS certificate is not trusted. Certdeck never turns verification off: add the issuing CA to this connection instead.</source>
        <translation>서비스의 TLS 인증서를 신뢰할 수 없습니다. Certdeck은 확인을 끄지 않으므로, 대신 발급 CA를 이 연결에 추가하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No access token could be obtained. Check the sign-in method and its credentials.</source>
        <translation>액세스 토큰을 가져올 수 없습니다. 로그인 방법과 해당 자격 증명을 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s answer could not be read.</source>
        <translation>서비스의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>작업이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was not sent: %1</source>
        <translation>요청을 보내지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::AccessPolicyDialog</name>
    <message>
        <location filename="../app/gui/access_policy_dialog.cpp" line="+39"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate officer</source>
        <translation>인증서 책임자</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate reader</source>
        <translation>인증서 읽기 권한자</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret reader for API Management</source>
        <translation>API Management용 비밀 읽기 권한자</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access policy</source>
        <translation>액세스 정책</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Object id of the user, group, application or managed identity</source>
        <translation>사용자, 그룹, 애플리케이션 또는 관리 ID의 개체 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: application id for a compound identity</source>
        <translation>선택 사항: 복합 ID에 사용할 애플리케이션 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Object id:</source>
        <translation>개체 ID(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application id:</source>
        <translation>애플리케이션 ID(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate permissions</source>
        <translation>인증서 권한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret permissions</source>
        <translation>비밀 권한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key permissions</source>
        <translation>키 권한</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::AccessPolicyPage</name>
    <message>
        <location filename="../app/gui/access_policy_page.cpp" line="+51"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>제거(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access policies</source>
        <translation>액세스 정책</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a vault.</source>
        <translation>키 자격 증명 모음을 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access policies are managed through Azure Resource Manager, which this connection cannot reach.</source>
        <translation>액세스 정책은 Azure Resource Manager를 통해 관리되지만, 이 연결에서는 Azure Resource Manager에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault was added by its URL, so Certdeck does not know its Azure resource. To manage its access policies, add it again by signing in and choosing it from your subscriptions.</source>
        <translation>이 자격 증명 모음은 URL로 추가되어 Certdeck이 해당 Azure 리소스를 알지 못합니다. 액세스 정책을 관리하려면 로그인한 후 구독에서 이 자격 증명 모음을 선택하여 다시 추가하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault uses Azure role-based access control (RBAC). Access policies have no effect on it: grant Key Vault roles (for example “Key Vault Certificates Officer”) in the Azure portal instead.</source>
        <translation>이 키 자격 증명 모음은 Azure RBAC(역할 기반 액세스 제어)를 사용하므로 액세스 정책이 적용되지 않습니다. 대신 Azure Portal에서 Key Vault 역할(예: &apos;Key Vault Certificates Officer&apos;)을 할당하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may do what in %1. Changes take effect at once.</source>
        <translation>%1에서 누가 어떤 작업을 할 수 있는지 설정합니다. 변경 내용은 즉시 적용됩니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The vault&apos;s access policies could not be read.</source>
        <translation>키 자격 증명 모음의 액세스 정책을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The access policy could not be saved.</source>
        <translation>액세스 정책을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove access policy</source>
        <translation>액세스 정책 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every permission of %1 on this vault?</source>
        <translation>이 키 자격 증명 모음에서 %1의 모든 권한을 제거하시겠습니까?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The access policy could not be removed.</source>
        <translation>액세스 정책을 제거할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::AddVaultDialog</name>
    <message>
        <location filename="../app/gui/add_vault_dialog.cpp" line="+99"/>
        <source>Sign in with</source>
        <translation>로그인 방법</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant (directory) ID</source>
        <translation>디렉터리(테넌트) ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application (client) ID</source>
        <translation>애플리케이션(클라이언트) ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret or certificate password</source>
        <translation>클라이언트 암호 또는 인증서 암호</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client certificate (.pfx or .pem)</source>
        <translation>클라이언트 인증서(.pfx 또는 .pem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates with keys (*.pfx *.p12 *.pem)</source>
        <translation>키가 포함된 인증서(*.pfx *.p12 *.pem)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign-in authority</source>
        <translation>로그인 기관</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource Manager endpoint</source>
        <translation>Resource Manager 엔드포인트</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add Azure key vaults</source>
        <translation>Azure 키 자격 증명 모음 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a vault by its URL (an access policy on that vault is enough)</source>
        <translation>URL로 자격 증명 모음 추가(해당 자격 증명 모음에 대한 액세스 정책만 있으면 됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in and choose from your subscriptions</source>
        <translation>로그인하여 구독에서 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in and list vaults</source>
        <translation>로그인하여 자격 증명 모음 나열</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault</source>
        <translation>자격 증명 모음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID sign-in</source>
        <translation>Microsoft Entra ID 로그인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure CLI (the account of “az login”)</source>
        <translation>Azure CLI(&apos;az login&apos; 계정)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device code (sign in with a browser on any device)</source>
        <translation>디바이스 코드(모든 디바이스의 브라우저에서 로그인)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application with a client secret</source>
        <translation>클라이언트 암호를 사용하는 애플리케이션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application with a client certificate</source>
        <translation>클라이언트 인증서를 사용하는 애플리케이션</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the secret in the system keychain</source>
        <translation>시스템 키 집합에 암호 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other cloud or sign-in authority</source>
        <translation>다른 클라우드 또는 로그인 기관</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>optional: Azure CLI&apos;s public client by default</source>
        <translation>선택 사항: 기본값은 Azure CLI의 퍼블릭 클라이언트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: your home tenant</source>
        <translation>선택 사항: 기본값은 홈 테넌트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses the account you signed in with “az login”; nothing is stored by Certdeck.</source>
        <translation>&apos;az login&apos;으로 로그인한 계정을 사용합니다. Certdeck은 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certdeck shows a code; enter it at the address it gives, in any browser, and sign in there.</source>
        <translation>Certdeck에서 코드를 표시합니다. 아무 브라우저에서나 안내된 주소로 이동하여 코드를 입력하고 로그인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A service principal (app registration) with its own access to the vault.</source>
        <translation>자격 증명 모음에 대한 자체 액세스 권한이 있는 서비스 주체(앱 등록)입니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An application signs in with its tenant ID and application (client) ID.</source>
        <translation>애플리케이션은 테넌트 ID와 애플리케이션(클라이언트) ID로 로그인합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the application&apos;s client secret.</source>
        <translation>애플리케이션의 클라이언트 암호를 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the application&apos;s certificate file.</source>
        <translation>애플리케이션의 인증서 파일을 선택하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the vault&apos;s URL, e.g. https://contoso.vault.azure.net.</source>
        <translation>자격 증명 모음 URL을 입력하세요(예: https://contoso.vault.azure.net).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in and tick at least one vault.</source>
        <translation>로그인한 후 자격 증명 모음을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Signing in and listing subscriptions…</source>
        <translation>로그인하고 구독을 나열하는 중…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing in or listing subscriptions failed: %1</source>
        <translation>로그인하거나 구독을 나열하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This identity sees no subscriptions. Add the vault by its URL instead.</source>
        <translation>이 ID로 볼 수 있는 구독이 없습니다. 대신 URL로 자격 증명 모음을 추가하세요.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tick the vaults to add.</source>
        <translation>추가할 자격 증명 모음을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ApimBackendDialog</name>
    <message>
        <location filename="../app/gui/apim_backend_dialog.cpp" line="+23"/>
        <source>Validate the back end&apos;s certificate &amp;chain</source>
        <translation>백 엔드의 인증서 체인 유효성 검사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate the back end&apos;s certificate &amp;name</source>
        <translation>백 엔드의 인증서 이름 유효성 검사(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Turn off chain validation</source>
        <translation>체인 유효성 검사 끄기(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back end “%1”</source>
        <translation>백 엔드 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back end URL</source>
        <translation>백 엔드 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway credential</source>
        <translation>게이트웨이 자격 증명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (no client certificate)</source>
        <translation>없음(클라이언트 인증서 없음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2(%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chosen certificate is self-signed. With a self-signed chain, API Management answers calls to this back end with error 500 unless certificate chain validation is turned off.</source>
        <translation>선택한 인증서는 자체 서명된 인증서입니다. 자체 서명된 체인을 사용하는 경우 인증서 체인 유효성 검사를 사용하지 않도록 설정하지 않으면 API Management가 이 백 엔드에 대한 호출에 500 오류 코드를 반환합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway credential (client certificate):</source>
        <translation>게이트웨이 자격 증명(클라이언트 인증서)(&amp;G):</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Chain validation is off: API Management accepts the back end&apos;s certificate without checking who issued it. Anyone who can redirect the traffic can pretend to be the back end. Use this only for a self-signed back end you control.</source>
        <translation>체인 유효성 검사가 꺼져 있습니다. API Management는 누가 발급했는지 확인하지 않고 백 엔드의 인증서를 받아들입니다. 트래픽을 다른 곳으로 보낼 수 있는 사람은 누구나 백 엔드로 가장할 수 있습니다. 직접 관리하는 자체 서명된 백 엔드에만 사용하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name validation is off: API Management accepts a certificate issued for another host name.</source>
        <translation>이름 유효성 검사가 꺼져 있습니다. API Management는 다른 호스트 이름에 대해 발급된 인증서도 받아들입니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ApimCustomDomainDialog</name>
    <message>
        <location filename="../app/gui/apim_custom_domain_dialog.cpp" line="+23"/>
        <source>&amp;Negotiate client certificate</source>
        <translation>클라이언트 인증서 협상(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add custom domain from Key Vault</source>
        <translation>Key Vault에서 사용자 지정 도메인 추가</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>api.contoso.com</source>
        <translation>api.contoso.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API Management reads the certificate from the vault with its managed identity. Before sending, Certdeck checks that the identity exists and has the “Get” secret permission on the vault.</source>
        <translation>API Management는 관리 ID로 자격 증명 모음에서 인증서를 읽습니다. 보내기 전에 Certdeck은 이 ID가 있는지, 자격 증명 모음에 대한 &apos;가져오기&apos; 비밀 권한이 있는지 확인합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Endpoint:</source>
        <translation>엔드포인트(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host name:</source>
        <translation>호스트 이름(&amp;H):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ApimPage</name>
    <message>
        <location filename="../app/gui/apim_page.cpp" line="+124"/>
        <source>Upload client certificate</source>
        <translation>클라이언트 인증서 업로드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PFX files (*.pfx *.p12)</source>
        <translation>PFX 파일(*.pfx *.p12)</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+12"/>
        <source>Client certificates</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Back ends</source>
        <translation>백 엔드</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Custom domains</source>
        <translation>사용자 지정 도메인</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Reload</source>
        <translation>다시 로드(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a .pfx file on the list to upload it as a client certificate.</source>
        <translation>.pfx 파일을 목록에 끌어다 놓으면 클라이언트 인증서로 업로드됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload .pfx…</source>
        <translation>.pfx 업로드(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;Key Vault…</source>
        <translation>Key Vault에서(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;thumbprint</source>
        <translation>지문 복사(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit back end…</source>
        <translation>백 엔드 편집(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add custom domain from Key Vault…</source>
        <translation>Key Vault에서 사용자 지정 도메인 추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iagnose</source>
        <translation>진단(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API Management</source>
        <translation>API Management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API Management service “%1”</source>
        <translation>API Management 서비스 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>System-assigned managed identity: on (object ID %1)</source>
        <translation>시스템 할당 관리 ID: 켜짐(개체 ID %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System-assigned managed identity: off. API Management cannot read certificates from Key Vault without it.</source>
        <translation>시스템 할당 관리 ID: 꺼짐. 이 ID가 없으면 API Management가 Key Vault에서 인증서를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The API Management service could not be read.</source>
        <translation>API Management 서비스를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the API Management service…</source>
        <translation>API Management 서비스를 로드하는 중…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Client certificate “%1” uploaded, thumbprint %2.</source>
        <translation>클라이언트 인증서 &apos;%1&apos;을(를) 업로드했습니다. 지문은 %2입니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client certificate from Key Vault</source>
        <translation>Key Vault의 클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate ID</source>
        <translation>인증서 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate &amp;ID:</source>
        <translation>인증서 ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API Management reads the certificate with its system-assigned managed identity, which needs the “Get” secret permission on the vault.</source>
        <translation>API Management는 시스템 할당 관리 ID로 인증서를 읽으며, 이 ID에는 자격 증명 모음에 대한 &apos;가져오기&apos; 비밀 권한이 필요합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adding the client certificate would fail: the vault would answer API Management with “Forbidden”.</source>
        <translation>클라이언트 인증서를 추가하면 실패합니다. 자격 증명 모음이 API Management에 &quot;Forbidden&quot;(금지됨)으로 응답합니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding “%1” from Key Vault…</source>
        <translation>Key Vault에서 &apos;%1&apos;을(를) 추가하는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” could not be added from Key Vault.</source>
        <translation>Key Vault에서 &apos;%1&apos;을(를) 추가할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate “%1” added, thumbprint %2.</source>
        <translation>클라이언트 인증서 &apos;%1&apos;을(를) 추가했습니다. 지문은 %2입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thumbprint %1 copied.</source>
        <translation>지문 %1을(를) 복사했습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Delete client certificate</source>
        <translation>클라이언트 인증서 삭제</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>“%1” is in use, and API Management refuses to delete a certificate that is in use.</source>
        <translation>&apos;%1&apos;은(는) 사용 중이며, API Management는 사용 중인 인증서를 삭제하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back ends presenting it: %1
APIs routed through them: %2

Detach it from these back ends first? Their calls then go out without a client certificate.</source>
        <translation>이 인증서를 제시하는 백 엔드: %1
이 백 엔드를 거치는 API: %2

먼저 이 백 엔드에서 인증서를 분리할까요? 분리하면 해당 호출은 클라이언트 인증서 없이 나갑니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Detach and delete</source>
        <translation>분리 후 삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the client certificate “%1” from API Management?</source>
        <translation>API Management에서 클라이언트 인증서 &apos;%1&apos;을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Detaching “%1” from the back end “%2”…</source>
        <translation>백 엔드 &apos;%2&apos;에서 &apos;%1&apos;을(를) 분리하는 중…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be detached from the back end “%2”.</source>
        <translation>백 엔드 &apos;%2&apos;에서 &apos;%1&apos;을(를) 분리할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting “%1”…</source>
        <translation>&apos;%1&apos;을(를) 삭제하는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be deleted.</source>
        <translation>&apos;%1&apos;을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate “%1” deleted.</source>
        <translation>클라이언트 인증서 &apos;%1&apos;을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving the back end “%1”…</source>
        <translation>백 엔드 &apos;%1&apos;을(를) 저장하는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The back end “%1” could not be saved.</source>
        <translation>백 엔드 &apos;%1&apos;을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back end “%1” saved.</source>
        <translation>백 엔드 &apos;%1&apos;을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/apim_page_domains.cpp" line="+58"/>
        <source>Checking that API Management may read the vault…</source>
        <translation>API Management가 자격 증명 모음을 읽을 수 있는지 확인하는 중…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding the custom domain would fail with “Failed to update API Management service hostnames … Forbidden”.</source>
        <translation>사용자 지정 도메인을 추가하면 &quot;Failed to update API Management service hostnames … Forbidden&quot;(API Management 서비스 호스트 이름 업데이트에 실패했습니다 … 금지됨) 오류로 실패합니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API Management cannot read the vault</source>
        <translation>API Management가 자격 증명 모음을 읽을 수 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fix and add</source>
        <translation>수정 후 추가(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;anyway</source>
        <translation>그래도 추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turning on the managed identity and adding its access policy…</source>
        <translation>관리 ID를 켜고 액세스 정책을 추가하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the access policy for API Management&apos;s managed identity…</source>
        <translation>API Management의 관리 ID에 대한 액세스 정책을 추가하는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API Management&apos;s managed identity may now read secrets of the vault.</source>
        <translation>이제 API Management의 관리 ID가 자격 증명 모음의 비밀을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Updating the host names of “%1”… On Azure this can take many minutes.</source>
        <translation>&apos;%1&apos;의 호스트 이름을 업데이트하는 중… Azure에서는 몇 분 이상 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The custom domain “%1” could not be set.</source>
        <translation>사용자 지정 도메인 &apos;%1&apos;을(를) 설정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom domain “%1” set.</source>
        <translation>사용자 지정 도메인 &apos;%1&apos;을(를) 설정했습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+31"/>
        <source>Diagnose “%1”</source>
        <translation>&apos;%1&apos; 진단</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>“%1” does not take its certificate from Key Vault, so API Management&apos;s access to a vault plays no part.</source>
        <translation>&apos;%1&apos;은(는) Key Vault에서 인증서를 가져오지 않으므로 자격 증명 모음에 대한 API Management의 액세스와는 관계가 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault holding %1 is not connected in Certdeck, so its access policies cannot be checked. Add the vault (File → Add Azure vault…) and diagnose again.</source>
        <translation>%1이(가) 있는 자격 증명 모음이 Certdeck에 연결되어 있지 않아 액세스 정책을 확인할 수 없습니다. 자격 증명 모음을 추가(파일 → Azure 자격 증명 모음 추가…)한 다음 다시 진단하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosing “%1”…</source>
        <translation>&apos;%1&apos;을(를) 진단하는 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last update of this host name failed, but access is in order now: apply it again.</source>
        <translation>이 호스트 이름의 마지막 업데이트는 실패했지만 이제 액세스에는 문제가 없습니다. 다시 적용하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to fix.</source>
        <translation>수정할 항목이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fix and apply again</source>
        <translation>수정 후 다시 적용(&amp;F)</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ApimUploadDialog</name>
    <message>
        <location filename="../app/gui/apim_upload_dialog.cpp" line="+31"/>
        <source>The password for %1 is wrong. Try again:</source>
        <translation>%1의 암호가 틀렸습니다. 다시 입력하세요:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 (leave empty if it has none):</source>
        <translation>%1의 암호(암호가 없으면 비워 두세요):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PFX password</source>
        <translation>PFX 암호</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upload client certificate</source>
        <translation>클라이언트 인증서 업로드</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thumbprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate ID</source>
        <translation>인증서 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate:</source>
        <translation>인증서:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint:</source>
        <translation>지문:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;ID:</source>
        <translation>인증서 ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upload</source>
        <translation>업로드(&amp;U)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file %1 cannot be read.</source>
        <translation>%1 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a .pfx file. API Management client certificates must be uploaded as .pfx with their private key.</source>
        <translation>%1은(는) .pfx 파일이 아닙니다. API Management 클라이언트 인증서는 프라이빗 키와 함께 .pfx 형식으로 업로드해야 합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not uploaded: no password given for %1.</source>
        <translation>업로드하지 않았습니다. %1의 암호를 입력하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The .pfx file is damaged or unsupported: %1</source>
        <translation>.pfx 파일이 손상되었거나 지원되지 않습니다: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, expires %2 (self-signed)</source>
        <translation>%1, 만료 날짜 %2(자체 서명됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, expires %2</source>
        <translation>%1, 만료 날짜 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note the thumbprint: APIs choose their gateway certificate by it.</source>
        <translation>지문을 적어 두세요. API는 지문으로 게이트웨이 인증서를 선택합니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploading…</source>
        <translation>업로드하는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not uploaded.</source>
        <translation>업로드하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate could not be uploaded.</source>
        <translation>클라이언트 인증서를 업로드할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded as “%1”. Thumbprint: %2</source>
        <translation>&apos;%1&apos;(으)로 업로드했습니다. 지문: %2</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::CertificateDetailsPane</name>
    <message>
        <location filename="../app/gui/certificate_details_pane.cpp" line="+47"/>
        <source>exportable</source>
        <translation>내보낼 수 있음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not exportable</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2; issuer %3; %n month(s)</source>
        <translation>
            <numerusform>%1, %2, 발급자 %3, %n개월</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative names</source>
        <translation>대체 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1 지문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256 지문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>정책</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select a certificate to see its details.</source>
        <translation>세부 정보를 보려면 인증서를 선택하세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: no issued certificate yet (pending request).</source>
        <translation>%1: 아직 발급된 인증서가 없습니다(보류 중인 요청).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 –
%2</source>
        <translation>%1 –
%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Self-signed</source>
        <translation>자체 서명됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
  ↳ issued by %2</source>
        <translation>%1
  ↳ 발급자: %2</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ColumnChooser</name>
    <message>
        <location filename="../app/gui/table_columns.cpp" line="+97"/>
        <source>Restore default columns</source>
        <translation>기본 열 복원</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::CreateCertificateDialog</name>
    <message>
        <location filename="../app/gui/create_certificate_dialog.cpp" line="+49"/>
        <source>New certificate</source>
        <translation>새 인증서</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letters, digits and dashes, e.g. www-contoso-com</source>
        <translation>문자, 숫자 및 대시. 예: www-contoso-com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One DNS name per line</source>
        <translation>한 줄에 DNS 이름 하나</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name in the vault:</source>
        <translation>자격 증명 모음 내 이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>주체(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS names:</source>
        <translation>DNS 이름(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail addresses:</source>
        <translation>전자 메일 주소(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User principal names:</source>
        <translation>사용자 계정 이름(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key and validity</source>
        <translation>키 및 유효 기간</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private key can be &amp;exported</source>
        <translation>프라이빗 키를 내보낼 수 있음(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reuse the key when renewing</source>
        <translation>갱신 시 키 다시 사용(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS #12 (.pfx)</source>
        <translation>PKCS #12(.pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key type:</source>
        <translation>키 유형(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Validity:</source>
        <translation>유효 기간(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret &amp;format:</source>
        <translation>비밀 형식(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server authentication</source>
        <translation>서버 인증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client authentication</source>
        <translation>클라이언트 인증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code signing</source>
        <translation>코드 서명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail protection</source>
        <translation>전자 메일 보호</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other extended key usages (OIDs)</source>
        <translation>기타 확장 키 사용(OID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digital signature</source>
        <translation>디지털 서명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key encipherment</source>
        <translation>키 암호화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-repudiation</source>
        <translation>부인 방지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data encipherment</source>
        <translation>데이터 암호화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key agreement</source>
        <translation>키 동의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate signing</source>
        <translation>인증서 서명</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issuance and renewal</source>
        <translation>발급 및 갱신</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-signed</source>
        <translation>자체 서명된 인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside CA — create a CSR to send (Unknown)</source>
        <translation>외부 CA — 보낼 CSR 만들기(Unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer %1</source>
        <translation>발급자 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew automatically</source>
        <translation>자동으로 갱신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail the certificate contacts</source>
        <translation>인증서 연락처에 전자 메일 보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> % of the lifetime</source>
        <translation>% (수명 백분율)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key=value, key2=value2</source>
        <translation>이름=값, 이름2=값2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issuer:</source>
        <translation>발급자(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When it nears expiry:</source>
        <translation>만료가 가까워지면(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>시점(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>태그(&amp;T):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation message</source>
        <translation>유효성 검사 메시지</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create request</source>
        <translation>요청 만들기(&amp;C)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New version of %1</source>
        <translation>%1의 새 버전</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The name may hold only letters, digits and dashes (1 to 127 characters).</source>
        <translation>이름에는 문자, 숫자 및 대시만 사용할 수 있습니다(1~127자).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subject must be a distinguished name such as CN=www.contoso.com, O=Contoso.</source>
        <translation>주체는 CN=www.contoso.com, O=Contoso와 같은 고유 이름이어야 합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a valid DNS name.</source>
        <translation>&apos;%1&apos;은(는) 유효한 DNS 이름이 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid e-mail address or user principal name.</source>
        <translation>&apos;%1&apos;은(는) 유효한 전자 메일 주소 또는 UPN(사용자 계정 이름)이 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an OID such as 1.3.6.1.5.5.7.3.8.</source>
        <translation>&apos;%1&apos;은(는) 1.3.6.1.5.5.7.3.8과 같은 OID가 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags are written key=value, separated by commas.</source>
        <translation>태그는 이름=값 형식으로 쓰고 쉼표로 구분합니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::Credentials</name>
    <message>
        <location filename="../app/gui/credential_factory.cpp" line="+31"/>
        <source>The client certificate %1 cannot be used: %2</source>
        <translation>클라이언트 인증서 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ImportDialog</name>
    <message>
        <location filename="../app/gui/import_dialog.cpp" line="+32"/>
        <source>Import certificates</source>
        <translation>인증서 가져오기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in the vault</source>
        <translation>자격 증명 모음 내 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files to import</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password for %1 is wrong. Try again:</source>
        <translation>%1의 암호가 틀렸습니다. 다시 입력하세요:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 (leave empty if it has none):</source>
        <translation>%1의 암호(암호가 없으면 비워 두세요):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PFX password</source>
        <translation>PFX 암호</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file cannot be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PEM file could not be read.</source>
        <translation>PEM 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No certificate in the file matches its private key.</source>
        <translation>파일에 프라이빗 키와 일치하는 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holds a certificate without its private key. Key Vault imports need the key: use a .pfx, or a .pem with the private key.</source>
        <translation>파일에 프라이빗 키가 없는 인증서가 들어 있습니다. Key Vault로 가져오려면 키가 필요합니다. .pfx 또는 프라이빗 키가 포함된 .pem을 사용하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a PFX, PKCS #12 or PEM file.</source>
        <translation>PFX, PKCS #12 또는 PEM 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no password given.</source>
        <translation>건너뜀: 암호를 입력하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PFX file is damaged or unsupported: %1</source>
        <translation>PFX 파일이 손상되었거나 지원되지 않습니다: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not imported: the name may hold only letters, digits and dashes.</source>
        <translation>가져오지 않음: 이름에는 문자, 숫자 및 대시만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n certificate(s) imported.</source>
        <translation>
            <numerusform>인증서 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::KeyVaultAccessCheck</name>
    <message>
        <location filename="../app/gui/apim_key_vault_access.cpp" line="+21"/>
        <source>The managed identity of API Management “%1” has the “Get” secret permission on the vault “%2”: API Management can read the certificate.</source>
        <translation>API Management &apos;%1&apos;의 관리 ID에 자격 증명 모음 &apos;%2&apos;에 대한 &apos;가져오기&apos; 비밀 권한이 있습니다. API Management가 인증서를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API Management “%1” has no system-assigned managed identity, so it has no permission to access the vault “%2”.</source>
        <translation>API Management &apos;%1&apos;에 시스템 할당 관리 ID가 없으므로 자격 증명 모음 &apos;%2&apos;에 액세스할 수 있는 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The managed identity of API Management “%1” (object ID %2) has no “Get” secret permission in the access policies of the vault “%3”, so API Management has no permission to read the certificate.</source>
        <translation>API Management &apos;%1&apos;의 관리 ID(개체 ID %2)에 자격 증명 모음 &apos;%3&apos;의 액세스 정책에서 &apos;가져오기&apos; 비밀 권한이 없으므로 API Management 서비스에 인증서를 읽을 수 있는 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault “%1” uses Azure role-based access control, so its access policies do not decide. Make sure the managed identity of API Management “%2” has a role that allows reading secrets (for example Key Vault Secrets User).</source>
        <translation>자격 증명 모음 &apos;%1&apos;은(는) Azure RBAC(역할 기반 액세스 제어)를 사용하므로 액세스 정책으로 결정되지 않습니다. API Management &apos;%2&apos;의 관리 ID에 비밀을 읽을 수 있는 역할(예: Key Vault Secrets User)이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certdeck cannot read the access policies of the vault “%1” (it was added by URL, without Azure Resource Manager), so it cannot check whether API Management “%2” may read the certificate.</source>
        <translation>Certdeck은 자격 증명 모음 &apos;%1&apos;의 액세스 정책을 읽을 수 없으므로(Azure Resource Manager 없이 URL로 추가됨) API Management &apos;%2&apos;이(가) 인증서를 읽을 수 있는지 확인할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certdeck can fix this in one step: turn on the system-assigned managed identity of “%1” and add an access policy for it on “%2” with the secret permission “Get” only, then apply.</source>
        <translation>Certdeck이 한 번에 해결할 수 있습니다. &apos;%1&apos;의 시스템 할당 관리 ID를 켜고, &apos;%2&apos;에 &apos;가져오기&apos; 비밀 권한만 있는 액세스 정책을 추가한 다음 적용합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certdeck can fix this in one step: add an access policy for the managed identity on “%1” with the secret permission “Get” only, then apply.</source>
        <translation>Certdeck이 한 번에 해결할 수 있습니다. &apos;%1&apos;에 관리 ID에 대한 &apos;가져오기&apos; 비밀 권한만 있는 액세스 정책을 추가한 다음 적용합니다.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The API Management service could not be read.</source>
        <translation>API Management 서비스를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The access policies of the vault could not be read.</source>
        <translation>자격 증명 모음의 액세스 정책을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The system-assigned managed identity could not be turned on.</source>
        <translation>시스템 할당 관리 ID를 켤 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The managed identity has no object ID to grant access to.</source>
        <translation>관리 ID에 액세스 권한을 부여할 개체 ID가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no principalId</source>
        <translation>principalId 없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The access policy for API Management&apos;s managed identity could not be added.</source>
        <translation>API Management의 관리 ID에 대한 액세스 정책을 추가할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::KeyVaultCertificatePicker</name>
    <message>
        <location filename="../app/gui/key_vault_certificate_picker.cpp" line="+23"/>
        <source>Vault</source>
        <translation>자격 증명 모음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vault certificates</source>
        <translation>자격 증명 모음 인증서</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault:</source>
        <translation>자격 증명 모음(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate:</source>
        <translation>인증서(&amp;C):</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::LanguageSettings</name>
    <message>
        <location filename="../app/gui/language_settings.cpp" line="+66"/>
        <source>Follow the system (%1)</source>
        <translation>시스템 설정 따르기(%1)</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::LocalVaultLauncher</name>
    <message>
        <location filename="../app/gui/local_vault_launcher.cpp" line="+22"/>
        <source>The built-in local vault could not be started: %1</source>
        <translation>기본 제공 로컬 자격 증명 모음을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The built-in local vault stopped (exit code %1): %2</source>
        <translation>기본 제공 로컬 자격 증명 모음이 중지되었습니다(종료 코드 %1): %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The built-in local vault (certdeck-localvault) was not found next to Certdeck.</source>
        <translation>Certdeck과 같은 위치에서 기본 제공 로컬 자격 증명 모음(certdeck-localvault)을 찾을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+192"/>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import certificates</source>
        <translation>인증서 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates with keys (*.pfx *.p12 *.pem)</source>
        <translation>키가 포함된 인증서(*.pfx *.p12 *.pem)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Export inventory</source>
        <translation>인벤토리 내보내기</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../app/gui/main_window_connections.cpp" line="+158"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일(*.csv)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The file %1 could not be written.</source>
        <translation>파일 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Search certificates</source>
        <translation>인증서 검색</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+272"/>
        <source>Certificates</source>
        <translation>인증서</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 copied to the clipboard.</source>
        <translation>%1을(를) 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+238"/>
        <source>Pending requests</source>
        <translation>보류 중인 요청</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+210"/>
        <source>Deleted certificates</source>
        <translation>삭제된 인증서</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+164"/>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message numerus="yes">
        <location line="-122"/>
        <source>%Ln certificate(s) in all vaults</source>
        <translation>
            <numerusform>모든 자격 증명 모음의 인증서 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln개 만료됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln expiring within %1 days</source>
        <translation>
            <numerusform>%Ln개가 %1일 이내에 만료됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln개 보류 중</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No certificate matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificates of %1 could not be listed. Refresh to try again.</source>
        <translation>%1의 인증서를 나열할 수 없습니다. 새로 고쳐 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificates in %1 yet. Create one with New certificate, or drop .pfx, .p12 or .pem files here to import them.</source>
        <translation>%1에 아직 인증서가 없습니다. 새 인증서로 만들거나 .pfx, .p12 또는 .pem 파일을 여기에 끌어다 놓아 가져오세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No certificates in the connected vaults yet.</source>
        <translation>연결된 자격 증명 모음에 아직 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pending requests. A certificate from a CA issuer, or with issuer Unknown for an outside CA, waits here until it is issued, fails or is cancelled.</source>
        <translation>보류 중인 요청이 없습니다. CA 발급자 또는 외부 CA용 발급자 Unknown으로 요청한 인증서는 발급되거나 실패하거나 취소될 때까지 여기에서 대기합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purge protection is on for this vault: this certificate can be recovered, and the vault purges it by itself on its scheduled purge date.</source>
        <translation>이 자격 증명 모음은 제거 보호가 켜져 있습니다. 이 인증서는 복구할 수 있으며, 예약된 제거 날짜에 자격 증명 모음이 자동으로 제거합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the deleted certificates of %1…</source>
        <translation>%1의 삭제된 인증서를 읽는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deleted certificates of %1 could not be listed.</source>
        <translation>%1의 삭제된 인증서를 나열할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No deleted certificates in %1. A deleted certificate stays here, recoverable, until it is purged or its retention period ends.</source>
        <translation>%1에 삭제된 인증서가 없습니다. 삭제된 인증서는 제거되거나 보존 기간이 끝날 때까지 여기에 남아 있으며 복구할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+153"/>
        <location line="+295"/>
        <location filename="../app/gui/main_window_connections.cpp" line="-110"/>
        <source>Certdeck</source>
        <translation>Certdeck</translation>
    </message>
    <message>
        <location line="-445"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New certificate…</source>
        <translation>새 인증서(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete certificate</source>
        <translation>인증서 삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;thumbprint</source>
        <translation>지문 복사(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel request</source>
        <translation>요청 취소(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+548"/>
        <source>Delete pending request</source>
        <translation>보류 중인 요청 삭제</translation>
    </message>
    <message>
        <location line="-547"/>
        <source>&amp;Merge signed certificate…</source>
        <translation>서명된 인증서 병합(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save CSR…</source>
        <translation>CSR 저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purge…</source>
        <translation>제거(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export inventory as CSV…</source>
        <translation>인벤토리를 CSV로 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export expiry reminders (.ics)…</source>
        <translation>만료 알림 내보내기(.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export activity log…</source>
        <translation>활동 로그 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Azure vault…</source>
        <translation>Azure 자격 증명 모음 추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_connections.cpp" line="+71"/>
        <source>Remove connection</source>
        <translation>연결 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All vaults</source>
        <translation>모든 자격 증명 모음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;columns</source>
        <translation>인증서 열(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search name, subject or SAN — or is:expired, is:expiring-30, is:pending, issuer:, san:, thumb:, vault:</source>
        <translation>이름, 주체 또는 SAN 검색 — 또는 is:expired, is:expiring-30, is:pending, issuer:, san:, thumb:, vault:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access policies</source>
        <translation>액세스 정책</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Quit Certdeck</source>
        <translation>Certdeck 끝내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates are still loading. Quit anyway?</source>
        <translation>인증서를 아직 로드하는 중입니다. 그래도 끝내시겠습니까?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sign in to %1</source>
        <translation>%1에 로그인</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading certificates from %1…</source>
        <translation>%1에서 인증서를 로드하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Loading certificates… %Ln so far</source>
        <translation>
            <numerusform>인증서를 로드하는 중… 지금까지 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Listing the certificates failed.</source>
        <translation>인증서를 나열하지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="-281"/>
        <source>%Ln certificate(s) in %1</source>
        <translation>
            <numerusform>%1의 인증서 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+337"/>
        <source>“%1” was issued and is now under Certificates.</source>
        <translation>&apos;%1&apos;이(가) 발급되어 이제 인증서에 있습니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Listing the deleted certificates failed.</source>
        <translation>삭제된 인증서를 나열하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Loading %1…</source>
        <translation>%1을(를) 로드하는 중…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Request id: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grant “%1” and retry</source>
        <translation>&apos;%1&apos; 권한 부여 후 다시 시도</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” could not be granted: you may not change this vault&apos;s access policies.</source>
        <translation>&apos;%1&apos; 권한을 부여할 수 없습니다. 이 키 자격 증명 모음의 액세스 정책을 변경할 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” granted.</source>
        <translation>&apos;%1&apos; 권한을 부여했습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thumbprint copied to the clipboard.</source>
        <translation>지문을 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete certificate</source>
        <translation>인증서 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”? It stays recoverable under Deleted certificates until it is purged.</source>
        <translation>&apos;%1&apos;을(를) 삭제하시겠습니까? 제거될 때까지 삭제된 인증서에서 복구할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” could not be deleted.</source>
        <translation>&apos;%1&apos;을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was deleted.</source>
        <translation>&apos;%1&apos;을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request for “%1” could not be cancelled.</source>
        <translation>&apos;%1&apos;에 대한 요청을 취소할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the pending request of “%1”? The certificate authority may or may not stop working on it.</source>
        <translation>&apos;%1&apos;의 보류 중인 요청을 삭제하시겠습니까? 인증 기관에서 요청 처리를 중단하지 않을 수도 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pending request of “%1” could not be deleted.</source>
        <translation>&apos;%1&apos;의 보류 중인 요청을 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” could not be recovered.</source>
        <translation>&apos;%1&apos;을(를) 복구할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was recovered.</source>
        <translation>&apos;%1&apos;을(를) 복구했습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Purge certificate</source>
        <translation>인증서 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purging deletes “%1” for ever. Type its name to confirm:</source>
        <translation>제거하면 &apos;%1&apos;이(가) 영구적으로 삭제됩니다. 확인하려면 이름을 입력하세요:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be purged.</source>
        <translation>&apos;%1&apos;을(를) 제거할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import certificates into %1</source>
        <translation>%1(으)로 인증서 가져오기</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Creating %1…</source>
        <translation>%1을(를) 만드는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be created.</source>
        <translation>&apos;%1&apos;을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request for “%1” was sent; follow it under Pending requests.</source>
        <translation>&apos;%1&apos;에 대한 요청을 보냈습니다. 보류 중인 요청에서 진행 상황을 확인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate signing request</source>
        <translation>인증서 서명 요청</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” waits for a certificate signed by your CA. Save the CSR now to send it to the CA?</source>
        <translation>&apos;%1&apos;은(는) CA에서 서명한 인증서를 기다리고 있습니다. 지금 CSR을 저장하여 CA에 보내시겠습니까?</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Save CSR</source>
        <translation>CSR 저장</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>인증서 서명 요청(*.csr *.pem)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CSR could not be written to %1.</source>
        <translation>CSR을 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The certificate could not be merged into “%1”.</source>
        <translation>인증서를 &apos;%1&apos;에 병합할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is complete and now under Certificates.</source>
        <translation>&apos;%1&apos;이(가) 완료되어 이제 인증서에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_certificate_actions.cpp" line="+44"/>
        <source>Download certificate (.cer/.pem)…</source>
        <translation>인증서 다운로드(.cer/.pem)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export with private key (.pfx/.pem)…</source>
        <translation>프라이빗 키와 함께 내보내기(.pfx/.pem)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable certificate</source>
        <translation>인증서 사용 안 함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable certificate</source>
        <translation>인증서 사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version…</source>
        <translation>새 버전…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Download certificate</source>
        <translation>인증서 다운로드</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>DER certificate (*.cer);;PEM certificate (*.pem *.crt)</source>
        <translation>DER 인증서(*.cer);;PEM 인증서(*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The private key of “%1” could not be read.</source>
        <translation>&apos;%1&apos;의 프라이빗 키를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>Export with private key</source>
        <translation>프라이빗 키와 함께 내보내기</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>PKCS#12 files (*.pfx *.p12)</source>
        <translation>PKCS#12 파일(*.pfx *.p12)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM 파일(*.pem)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds the private key unencrypted: keep it safe.</source>
        <translation>%1에는 프라이빗 키가 암호화되지 않은 상태로 들어 있습니다. 안전하게 보관하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password to protect the exported file (empty: no protection):</source>
        <translation>내보낸 파일을 보호할 암호(비워 두면 보호하지 않음):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key could not be packed: %1</source>
        <translation>키를 패키지할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” could not be enabled.</source>
        <translation>&apos;%1&apos;을(를) 사용하도록 설정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be disabled.</source>
        <translation>&apos;%1&apos;을(를) 사용하지 않도록 설정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is enabled.</source>
        <translation>&apos;%1&apos;을(를) 사용하도록 설정했습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is disabled.</source>
        <translation>&apos;%1&apos;을(를) 사용하지 않도록 설정했습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The policy of “%1” could not be read.</source>
        <translation>&apos;%1&apos;의 정책을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New version of %1</source>
        <translation>%1의 새 버전</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_connections.cpp" line="-70"/>
        <source>“%1” could not be connected: %2</source>
        <translation>&apos;%1&apos;에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect %1</source>
        <translation>%1에 연결</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret of “%1” is not in the system keychain (%2).
Enter the client secret or certificate password to connect:</source>
        <translation>&apos;%1&apos;의 암호가 시스템 키 집합에 없습니다(%2).
연결하려면 클라이언트 암호 또는 인증서 암호를 입력하세요:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add Azure vault</source>
        <translation>Azure 자격 증명 모음 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be added: %2</source>
        <translation>&apos;%1&apos;을(를) 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No system keychain answered: Certdeck will ask for the secret of “%1” at the next start.</source>
        <translation>응답한 시스템 키 집합이 없습니다. 다음에 시작할 때 Certdeck에서 &apos;%1&apos;의 암호를 묻습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove “%1” from Certdeck? The vault and its certificates are not touched.</source>
        <translation>Certdeck에서 &apos;%1&apos;을(를) 제거하시겠습니까? 자격 증명 모음과 해당 인증서는 변경되지 않습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>Export expiry reminders</source>
        <translation>만료 알림 내보내기</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Calendar files (*.ics)</source>
        <translation>캘린더 파일(*.ics)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Export activity log</source>
        <translation>활동 로그 내보내기</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_apim.cpp" line="+121"/>
        <source>API Management</source>
        <translation>API Management</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::MemorySecretStore</name>
    <message>
        <location filename="../app/gui/secret_store.cpp" line="+51"/>
        <source>No secret is stored for this connection.</source>
        <translation>이 연결에 저장된 암호가 없습니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::MergeDialog</name>
    <message>
        <location filename="../app/gui/merge_dialog.cpp" line="+25"/>
        <source>Merge signed certificate into %1</source>
        <translation>서명된 인증서를 %1에 병합</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop the certificate files your CA returned here (.cer, .crt, .pem, .p7b), or choose them. Certdeck orders the chain and checks that it belongs to this request before anything is sent.</source>
        <translation>CA에서 받은 인증서 파일(.cer, .crt, .pem, .p7b)을 여기에 끌어 놓거나 선택하세요. Certdeck은 전송하기 전에 체인을 정렬하고 체인이 이 요청에 속하는지 확인합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>만료 날짜</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain, leaf first</source>
        <translation>체인(리프 인증서부터)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check result</source>
        <translation>확인 결과</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose files…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed certificate and chain</source>
        <translation>서명된 인증서 및 체인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.cer *.crt *.pem *.p7b *.der)</source>
        <translation>인증서(*.cer *.crt *.pem *.p7b *.der)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no certificate Certdeck can read.</source>
        <translation>%1에 Certdeck이 읽을 수 있는 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pending request has no CSR that Certdeck can read.</source>
        <translation>보류 중인 요청에 Certdeck이 읽을 수 있는 CSR이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate yet.</source>
        <translation>아직 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This certificate does not belong to the request for %1: its public key differs from the key in the CSR. Check that the CA signed the CSR you sent for this certificate.</source>
        <translation>이 인증서는 %1에 대한 요청에 속하지 않습니다. 공개 키가 CSR의 키와 다릅니다. CA에서 이 인증서에 대해 보낸 CSR에 서명했는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The leaf certificate matches the request. The rest of the chain is incomplete, which the vault accepts.</source>
        <translation>리프 인증서가 요청과 일치합니다. 나머지 체인은 불완전하지만 키 자격 증명 모음에서 허용합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate matches the request; the chain is ready to merge.</source>
        <translation>인증서가 요청과 일치하며 체인을 병합할 준비가 되었습니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::VaultSession</name>
    <message>
        <location filename="../app/gui/vault_session.cpp" line="+24"/>
        <source>The local vault&apos;s connection file %1 cannot be read.</source>
        <translation>로컬 자격 증명 모음의 연결 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The local vault&apos;s connection file %1 is incomplete.</source>
        <translation>로컬 자격 증명 모음의 연결 파일 %1이(가) 불완전합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local vault</source>
        <translation>로컬 자격 증명 모음</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 (API Management managed identity)</source>
        <translation>%1(API Management 관리 ID)</translation>
    </message>
</context>
<context>
    <name>certdeck::models::AccessPolicyModel</name>
    <message>
        <location filename="../lib/models/access_policy_model.cpp" line="+55"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No permissions</source>
        <translation>권한 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Object ID: %1
Tenant ID: %2</source>
        <translation>개체 ID: %1
테넌트 ID: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Principal</source>
        <translation>보안 주체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object ID</source>
        <translation>개체 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application ID</source>
        <translation>애플리케이션 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets</source>
        <translation>비밀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates</source>
        <translation>인증서</translation>
    </message>
</context>
<context>
    <name>certdeck::models::ActivityModel</name>
    <message>
        <location filename="../lib/models/activity_model.cpp" line="+107"/>
        <source>No response</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>요청 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duration (ms)</source>
        <translation>소요 시간(ms)</translation>
    </message>
</context>
<context>
    <name>certdeck::models::ApimBackendModel</name>
    <message>
        <location filename="../lib/models/apim_backend_model.cpp" line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The gateway does not check the back end&apos;s certificate chain.</source>
        <translation>게이트웨이가 백 엔드의 인증서 체인을 확인하지 않습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back end</source>
        <translation>백 엔드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain validation</source>
        <translation>체인 유효성 검사</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by APIs</source>
        <translation>사용하는 API</translation>
    </message>
</context>
<context>
    <name>certdeck::models::ApimCertificateModel</name>
    <message>
        <location filename="../lib/models/apim_certificate_model.cpp" line="+68"/>
        <source>Not used</source>
        <translation>사용 안 됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back ends: %1</source>
        <translation>백 엔드: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back ends: %1; APIs: %2</source>
        <translation>백 엔드: %1, API: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uploaded .pfx</source>
        <translation>업로드한 .pfx</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>만료 날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>사용처</translation>
    </message>
</context>
<context>
    <name>certdeck::models::ApimHostnameModel</name>
    <message>
        <location filename="../lib/models/apim_hostname_model.cpp" line="+10"/>
        <source>Built-in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploaded</source>
        <translation>업로드됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managed by Azure</source>
        <translation>Azure에서 관리</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate source</source>
        <translation>인증서 원본</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key Vault secret</source>
        <translation>Key Vault 비밀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>만료 날짜</translation>
    </message>
</context>
<context>
    <name>certdeck::models::CertificateFilterProxyModel</name>
    <message>
        <location filename="../lib/models/certificate_filter_proxy_model.cpp" line="+67"/>
        <source>The query has an unbalanced quotation mark.</source>
        <translation>쿼리에 짝이 맞지 않는 따옴표가 있습니다.</translation>
    </message>
</context>
<context>
    <name>certdeck::models::CertificateListModel</name>
    <message>
        <location filename="../lib/models/certificate_list_model.cpp" line="+176"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SHA-1: %1</source>
        <translation>SHA-1: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>만료 날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>지문(SHA-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content type</source>
        <translation>콘텐츠 형식</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault</source>
        <translation>자격 증명 모음</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256 지문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject alternative names</source>
        <translation>주체 대체 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Certificate expiry</source>
        <translation>인증서 만료</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Certificate %1 in %2 expires</source>
        <translation>%2의 인증서 %1 만료</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>인증서: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vault: %1</source>
        <translation>자격 증명 모음: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: %1</source>
        <translation>만료 날짜: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>주체: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint (SHA-1): %1</source>
        <translation>지문(SHA-1): %1</translation>
    </message>
</context>
<context>
    <name>certdeck::models::DeletedCertificateModel</name>
    <message>
        <location filename="../lib/models/deleted_certificate_model.cpp" line="+84"/>
        <source>No purge date is scheduled</source>
        <translation>예약된 제거 날짜가 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled purge date has passed</source>
        <translation>예약된 제거 날짜가 지났음</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Purged automatically in %n day(s)</source>
        <translation>
            <numerusform>%n일 후 자동으로 제거됨</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>삭제한 날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled purge</source>
        <translation>예약된 제거 날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until purge</source>
        <translation>제거까지 남은 일수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery level</source>
        <translation>복구 수준</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery ID</source>
        <translation>복구 ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not recoverable: the vault does not keep deleted certificates.</source>
        <translation>복구할 수 없음: 이 자격 증명 모음은 삭제된 인증서를 보관하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recoverable until the scheduled purge date, and may be purged before then.</source>
        <translation>예약된 제거 날짜까지 복구할 수 있으며, 그 전에 제거할 수도 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recoverable until the scheduled purge date. Neither the certificate nor its subscription can be removed before then.</source>
        <translation>예약된 제거 날짜까지 복구할 수 있습니다. 그 전에는 인증서도, 해당 구독도 제거할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recoverable until the scheduled purge date. Purge protection is on: it cannot be purged before then.</source>
        <translation>예약된 제거 날짜까지 복구할 수 있습니다. 제거 보호가 켜져 있어 그 전에는 제거할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 The vault keeps deleted certificates for %n day(s).</source>
        <translation>
            <numerusform>%1 이 자격 증명 모음은 삭제된 인증서를 %n일 동안 보관합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::models::Expiry</name>
    <message>
        <location filename="../lib/models/expiry.cpp" line="+63"/>
        <source>Expired less than a day ago</source>
        <translation>만료된 지 1일 미만</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>%n일 전에 만료됨</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires in less than a day</source>
        <translation>1일 이내에 만료</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n일 후 만료</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending: the certificate has not been issued yet</source>
        <translation>보류 중: 인증서가 아직 발급되지 않음</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Disabled (expired %n day(s) ago)</source>
        <translation>
            <numerusform>사용 안 함(%n일 전에 만료됨)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Disabled (expires in %n day(s))</source>
        <translation>
            <numerusform>사용 안 함(%n일 후 만료)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet valid</source>
        <translation>아직 유효하지 않음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet valid; becomes valid in less than a day</source>
        <translation>아직 유효하지 않음, 1일 이내에 유효해짐</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not yet valid; becomes valid in %n day(s)</source>
        <translation>
            <numerusform>아직 유효하지 않음, %n일 후 유효해짐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Valid; expires in %n day(s)</source>
        <translation>
            <numerusform>유효, %n일 후 만료</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
</context>
<context>
    <name>certdeck::models::PendingOperationModel</name>
    <message>
        <location filename="../lib/models/pending_operation_model.cpp" line="+33"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pending certificate created. Merge the certificate signed by your CA to complete the request.</source>
        <translation>보류 중인 인증서가 만들어졌습니다. 요청을 완료하려면 CA에서 서명한 인증서를 병합하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending certificate created. The issuer is processing the request; depending on the issuer this can take a while. Certdeck keeps checking.</source>
        <translation>보류 중인 인증서가 만들어졌습니다. 발급자가 요청을 처리하는 중이며 발급자에 따라 시간이 걸릴 수 있습니다. Certdeck이 계속 확인합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Key Vault: “%1”</source>
        <translation>Key Vault: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancellation</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>시작 시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault</source>
        <translation>자격 증명 모음</translation>
    </message>
</context>
<context>
    <name>certdeck::models::Permission</name>
    <message>
        <location filename="../lib/models/permission_labels.cpp" line="+10"/>
        <source>Get</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>나열</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>가져오기(import)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage contacts</source>
        <translation>연락처 관리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage certificate authorities</source>
        <translation>인증 기관 관리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get certificate authorities</source>
        <translation>인증 기관 가져오기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List certificate authorities</source>
        <translation>인증 기관 나열</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set certificate authorities</source>
        <translation>인증 기관 설정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete certificate authorities</source>
        <translation>인증 기관 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt</source>
        <translation>암호화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypt</source>
        <translation>암호 해독</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap key</source>
        <translation>키 래핑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwrap key</source>
        <translation>키 래핑 해제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>서명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get rotation policy</source>
        <translation>회전 정책 가져오기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set rotation policy</source>
        <translation>회전 정책 설정</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+86"/>
        <source>Certificate manager for Azure Key Vault.</source>
        <translation>Azure Key Vault용 인증서 관리자입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory of the built-in local vault.</source>
        <translation>기본 제공 로컬 자격 증명 모음의 데이터 디렉터리입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate files to import.</source>
        <translation>가져올 인증서 파일입니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting the built-in local vault…</source>
        <translation>기본 제공 로컬 자격 증명 모음을 시작하는 중…</translation>
    </message>
</context>
</TS>
