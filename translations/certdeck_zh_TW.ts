<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CertdeckCli</name>
    <message>
        <location filename="../app/cli/cli_commands.cpp" line="+34"/>
        <source>A specific version (default: the current one).</source>
        <translation>特定版本 (預設值：目前版本)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the certificates of the vault.</source>
        <translation>列出金鑰保存庫中的憑證。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list certificates whose first version is still pending.</source>
        <translation>一併列出第一個版本仍在擱置中的憑證。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a certificate with its policy.</source>
        <translation>顯示憑證及其原則。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the versions of a certificate.</source>
        <translation>列出憑證的版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a certificate (a new version when NAME exists).</source>
        <translation>建立憑證 (若 NAME 已存在，則建立新版本)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject, e.g. &quot;CN=www.contoso.com, O=Contoso&quot;.</source>
        <translation>主體，例如 &quot;CN=www.contoso.com, O=Contoso&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS subject alternative name (repeat or separate with commas).</source>
        <translation>DNS 主體別名 (可重複指定，或以逗號分隔)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail subject alternative name (repeat or separate with commas).</source>
        <translation>電子郵件主體別名 (可重複指定，或以逗號分隔)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA (default) or EC.</source>
        <translation>RSA (預設值) 或 EC。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA key size: 2048, 3072 or 4096.</source>
        <translation>RSA 金鑰大小：2048、3072 或 4096。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC curve: P-256, P-384, P-521 or P-256K.</source>
        <translation>EC 曲線：P-256、P-384、P-521 或 P-256K。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity in months.</source>
        <translation>有效期間 (月數)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self (default), Unknown (sign the request elsewhere and merge), or an issuer&apos;s name.</source>
        <translation>Self (預設值)、Unknown (在其他地方簽署要求後再合併)，或簽發者名稱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key cannot be exported.</source>
        <translation>私密金鑰無法匯出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended key usage OIDs, separated with commas.</source>
        <translation>增強金鑰使用方法 (EKU) 的 OID，以逗號分隔。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the secret is served: pfx (default) or pem.</source>
        <translation>秘密的提供格式：pfx (預設值) 或 pem。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate policy as JSON (the service&apos;s shape) instead of the options above.</source>
        <translation>以 JSON 表示的憑證原則 (採用服務的格式)，用來取代上述選項。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the pending request (certificate operation) of a certificate.</source>
        <translation>顯示憑證的擱置中要求 (憑證作業)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll until the request completes, fails or is cancelled, printing each change; exit 0 only when it completed.</source>
        <translation>持續輪詢直到要求完成、失敗或取消為止，並列印每次變更；只有在完成時才會以 0 結束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the request&apos;s CSR (PEM) to FILE.</source>
        <translation>將要求的 CSR (PEM) 寫入 FILE。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the issuer to cancel the pending request.</source>
        <translation>要求簽發者取消擱置中的要求。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete a pending request with the signed certificate and its chain (.cer, .crt, .pem, .p7b). The chain is checked against the request&apos;s key before anything is sent.</source>
        <translation>以已簽署的憑證及其鏈結 (.cer、.crt、.pem、.p7b) 完成擱置中的要求。傳送任何內容之前，會先根據要求的金鑰檢查鏈結。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a certificate with its private key (.pfx, .p12 or .pem). Without --password-file the password is asked for on the terminal.</source>
        <translation>匯入含私密金鑰的憑證 (.pfx、.p12 或 .pem)。若未指定 --password-file，會在終端機上詢問密碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File holding the password (first line). Passwords are never accepted as arguments.</source>
        <translation>包含密碼的檔案 (第一行)。一律不接受以引數傳遞密碼。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the certificate with its private key to FILE (mode 0600).</source>
        <translation>將含私密金鑰的憑證寫入 FILE (模式 0600)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>要寫入的檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pfx or pem (default: from FILE&apos;s extension, else as the vault serves it).</source>
        <translation>pfx 或 pem (預設值：依 FILE 的副檔名決定，否則採用保存庫提供的格式)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite FILE if it exists.</source>
        <translation>若 FILE 已存在則覆寫。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a certificate (recoverable while the vault keeps it).</source>
        <translation>刪除憑證 (在保存庫保留期間可以復原)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover a deleted certificate.</source>
        <translation>復原已刪除的憑證。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permanently remove a deleted certificate.</source>
        <translation>永久清除已刪除的憑證。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the deleted certificates.</source>
        <translation>列出已刪除的憑證。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the certificate issuers of the vault.</source>
        <translation>列出金鑰保存庫的憑證簽發者。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vault access policies, through Azure Resource Manager.</source>
        <translation>透過 Azure Resource Manager 管理的金鑰保存庫存取原則。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The principal&apos;s object id.</source>
        <translation>安全性主體的物件識別碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The principal&apos;s tenant (default: the vault&apos;s).</source>
        <translation>安全性主體的租用戶 (預設值：保存庫的租用戶)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate permissions, e.g. get,list.</source>
        <translation>憑證許可權，例如 get,list。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret permissions.</source>
        <translation>秘密許可權。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key permissions.</source>
        <translation>金鑰許可權。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>pending</source>
        <translation>擱置中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>exportable</source>
        <translation>可匯出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not exportable</source>
        <translation>不可匯出</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS names</source>
        <translation>DNS 名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail addresses</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not before</source>
        <translation>啟用日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>指紋 (SHA-1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy issuer</source>
        <translation>原則簽發者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content type</source>
        <translation>內容類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery level</source>
        <translation>復原層級</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending request</source>
        <translation>擱置中的要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancellation requested</source>
        <translation>已要求取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request subject</source>
        <translation>要求主體</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request id</source>
        <translation>要求識別碼</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+53"/>
        <location filename="../app/cli/cli_policy.cpp" line="+36"/>
        <source>(none)</source>
        <translation>(無)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>certificates list</source>
        <translation>憑證清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+7"/>
        <source>STATUS</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>EXPIRES</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>THUMBPRINT (SHA-1)</source>
        <translation>指紋 (SHA-1)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>versions of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>deleted certificates list</source>
        <translation>已刪除的憑證清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELETED</source>
        <translation>刪除日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PURGED AFTER</source>
        <translation>排定清除日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>issuers list</source>
        <translation>簽發者清單</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PROVIDER</source>
        <translation>提供者</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>show %1</source>
        <translation>顯示 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>create %1</source>
        <translation>建立 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--policy-file cannot be combined with --%1.</source>
        <translation>--policy-file 無法與 --%1 一起使用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 物件：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--subject (or --policy-file) is required.</source>
        <translation>必須指定 --subject (或 --policy-file)。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--validity-months needs a number from 1 to 1200.</source>
        <translation>--validity-months 需要 1 到 1200 之間的數字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--key-type must be RSA or EC.</source>
        <translation>--key-type 必須是 RSA 或 EC。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--key-size needs a number of bits and an RSA key.</source>
        <translation>--key-size 需要位元數，且僅適用於 RSA 金鑰。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--curve must be P-256, P-384, P-521 or P-256K.</source>
        <translation>--curve 必須是 P-256、P-384、P-521 或 P-256K。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--curve needs --key-type EC.</source>
        <translation>--curve 需要搭配 --key-type EC。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--content-type must be pem or pfx.</source>
        <translation>--content-type 必須是 pem 或 pfx。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+5"/>
        <source>pending %1</source>
        <translation>%1 的擱置中要求</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The pending request carries no readable CSR.</source>
        <translation>擱置中的要求沒有可讀取的 CSR。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/local_files.cpp" line="+88"/>
        <location line="+5"/>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The request ended %1: %2 (%3)</source>
        <translation>要求以 %1 狀態結束：%2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request ended %1.</source>
        <translation>要求以 %1 狀態結束。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>merge %1</source>
        <translation>合併 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: the certificates do not form one chain (each signed by the next); they are sent leaf first as found.</source>
        <translation>警告：這些憑證無法構成單一鏈結 (每個憑證由下一個憑證簽署)；將依找到的順序，從分葉憑證開始傳送。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pending request of %1 carries no readable CSR; nothing was merged.</source>
        <translation>%1 的擱置中要求沒有可讀取的 CSR；未合併任何內容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate “%1” (thumbprint %2) was not issued for this request: its public key does not match the key of the pending request of %3. Nothing was sent to the vault.</source>
        <translation>憑證「%1」(指紋 %2) 並非針對此要求所簽發：其公開金鑰與 %3 擱置中要求的金鑰不符。未傳送任何內容到保存庫。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password does not open %1 (wrong password, or the file is damaged). Nothing was sent.</source>
        <translation>此密碼無法開啟 %1 (密碼錯誤或檔案已損毀)。未傳送任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is protected by a password: give it with --password-file FILE, or run on a terminal to be asked for it.</source>
        <translation>%1 受密碼保護：請以 --password-file FILE 提供密碼，或在終端機上執行以輸入密碼。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a PFX that can be read: %2</source>
        <translation>%1 不是可讀取的 PFX：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be read as PEM: %2</source>
        <translation>無法以 PEM 格式讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No certificate in %1 matches its private key.</source>
        <translation>%1 中沒有與其私密金鑰相符的憑證。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds certificates but no private key: import needs the key too (a PFX, or PEM with the key).</source>
        <translation>%1 包含憑證，但沒有私密金鑰：匯入也需要金鑰 (PFX，或含金鑰的 PEM)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is neither a PFX (.pfx, .p12) nor PEM.</source>
        <translation>%1 既不是 PFX (.pfx、.p12)，也不是 PEM。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>export %1</source>
        <translation>匯出 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out FILE is required.</source>
        <translation>必須指定 --out FILE。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--format must be pfx or pem.</source>
        <translation>--format 必須是 pfx 或 pem。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/local_files.cpp" line="-10"/>
        <source>%1 already exists: choose another file or add --force.</source>
        <translation>%1 已存在：請選擇其他檔案，或加上 --force。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The vault&apos;s PFX cannot be read: %1</source>
        <translation>無法讀取保存庫提供的 PFX：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault&apos;s PEM cannot be read.</source>
        <translation>無法讀取保存庫提供的 PEM。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote %1 (%2, with the private key; readable by you only).</source>
        <translation>已寫入 %1 (%2，含私密金鑰；僅限您本人讀取)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS #12 without a password</source>
        <translation>無密碼的 PKCS #12</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>刪除日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recoverable until</source>
        <translation>可復原期限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery id</source>
        <translation>復原識別碼</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>recover %1</source>
        <translation>復原 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>purge %1</source>
        <translation>清除 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purged %1.</source>
        <translation>已清除 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_policy.cpp" line="+3"/>
        <source>OBJECT ID</source>
        <translation>物件識別碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TENANT</source>
        <translation>租用戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CERTIFICATES</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECRETS</source>
        <translation>秘密</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEYS</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>policy %1</source>
        <translation>存取原則 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy takes list, add or remove.</source>
        <translation>policy 命令需要指定 list、add 或 remove。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access policies need the vault&apos;s resource id: --vault-resource-id ID (a connection file has it).</source>
        <translation>存取原則需要保存庫的資源識別碼：--vault-resource-id ID (連線檔案中已包含)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy %1 needs --object-id ID.</source>
        <translation>policy %1 需要 --object-id ID。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>policy add needs --certificates, --secrets or --keys.</source>
        <translation>policy add 需要 --certificates、--secrets 或 --keys。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The vault grants %1 nothing of that: there is nothing to remove.</source>
        <translation>保存庫並未授與 %1 這些許可權：沒有可移除的項目。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_session.cpp" line="+60"/>
        <source>request id %1</source>
        <translation>要求識別碼 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no message)</source>
        <translation>(無訊息)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A connection.json (as certdeck-localvault writes it): vault URL, tenant, authority, client id and secret, CA certificate, ARM URL and vault resource id.</source>
        <translation>connection.json 檔案 (certdeck-localvault 寫入的格式)：保存庫 URL、租用戶、授權單位、用戶端識別碼與密碼、CA 憑證、ARM URL 及保存庫資源識別碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault URL, e.g. https://contoso.vault.azure.net/.</source>
        <translation>保存庫 URL，例如 https://contoso.vault.azure.net/。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in method: local (the default with --connection), secret, cli (Azure CLI), device-code or certificate.</source>
        <translation>登入方法：local (使用 --connection 時的預設值)、secret、cli (Azure CLI)、device-code 或 certificate。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID tenant (secret, certificate, device-code).</source>
        <translation>Microsoft Entra ID 租用戶 (secret、certificate、device-code)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application (client) id (secret, certificate, device-code).</source>
        <translation>應用程式 (用戶端) 識別碼 (secret、certificate、device-code)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File holding the client secret (--auth secret); or set CERTDECK_CLIENT_SECRET. Secrets are never accepted as arguments.</source>
        <translation>包含用戶端密碼的檔案 (--auth secret)；或設定 CERTDECK_CLIENT_SECRET。一律不接受以引數傳遞密碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PFX or PEM with the application&apos;s certificate and key (--auth certificate).</source>
        <translation>包含應用程式憑證與金鑰的 PFX 或 PEM (--auth certificate)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File holding the password of --certificate-file, when it has one.</source>
        <translation>若 --certificate-file 有密碼，則為包含該密碼的檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID authority host (default https://login.microsoftonline.com).</source>
        <translation>Microsoft Entra ID 授權單位主機 (預設值 https://login.microsoftonline.com)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of extra CA certificates to trust for this connection.</source>
        <translation>此連線額外信任之 CA 憑證的 PEM 檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default) or json.</source>
        <translation>table (預設值) 或 json。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Vault API version: 7.5 (default) or 7.4.</source>
        <translation>Key Vault API 版本：7.5 (預設值) 或 7.4。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Resource Manager URL for access policies (default https://management.azure.com/).</source>
        <translation>存取原則使用的 Azure Resource Manager URL (預設值 https://management.azure.com/)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s ARM resource id, for access policies.</source>
        <translation>保存庫的 ARM 資源識別碼，用於存取原則。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --auth local: sign in as this principal of the connection file (e.g. reader) instead of its administrator.</source>
        <translation>搭配 --auth local：以連線檔案中的這個安全性主體 (例如 reader) 登入，而不是以其管理員登入。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--output must be table or json, not “%1”.</source>
        <translation>--output 必須是 table 或 json，而不是「%1」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--api-version must be 7.5 or 7.4, not “%1”.</source>
        <translation>--api-version 必須是 7.5 或 7.4，而不是「%1」。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say which vault: --connection FILE, or --vault URL with --auth.</source>
        <translation>請指定保存庫：--connection FILE，或 --vault URL 搭配 --auth。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--vault needs a URL such as https://contoso.vault.azure.net/.</source>
        <translation>--vault 需要 URL，例如 https://contoso.vault.azure.net/。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中沒有 PEM 憑證。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--principal goes with --auth local only.</source>
        <translation>--principal 只能搭配 --auth local 使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--auth local needs --connection FILE.</source>
        <translation>--auth local 需要 --connection FILE。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection file has no principal named “%1”.</source>
        <translation>連線檔案中沒有名為「%1」的安全性主體。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--auth secret needs --tenant and --client-id.</source>
        <translation>--auth secret 需要 --tenant 和 --client-id。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--auth secret needs the secret in --client-secret-file FILE or in the environment variable CERTDECK_CLIENT_SECRET.</source>
        <translation>--auth secret 需要在 --client-secret-file FILE 或環境變數 CERTDECK_CLIENT_SECRET 中提供用戶端密碼。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--auth certificate needs --tenant, --client-id and --certificate-file.</source>
        <translation>--auth certificate 需要 --tenant、--client-id 和 --certificate-file。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--auth device-code needs --client-id (an application that allows public client flows).</source>
        <translation>--auth device-code 需要 --client-id (允許公用用戶端流程的應用程式)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>若要登入，請開啟 %1 並輸入代碼 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth must be local, secret, cli, device-code or certificate, not “%1”.</source>
        <translation>--auth 必須是 local、secret、cli、device-code 或 certificate，而不是「%1」。</translation>
    </message>
    <message>
        <location filename="../app/cli/local_files.cpp" line="-63"/>
        <source>%1 does not exist or is not a regular file.</source>
        <translation>%1 不存在或不是一般檔案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 holds no certificate that can be read (DER, PEM or PKCS #7 expected)%2</source>
        <translation>%1 中沒有可讀取的憑證 (應為 DER、PEM 或 PKCS #7)%2</translation>
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
        <translation>結束代碼：
  0  成功
  2  用法錯誤 (未知的命令或選項、缺少引數)
  3  驗證失敗 (401，或無法取得權杖)
  4  找不到 (404)
  5  衝突 (409)，例如已有擱置中的要求
  6  禁止 (403)：存取原則缺少許可權
  7  其他服務錯誤 (包括：監看的要求失敗或已取消)
  8  網路或 TLS 失敗
  9  本機輸入無效：無法讀取檔案、密碼錯誤、鏈結與要求不符
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Commands:
</source>
        <translation>命令：
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Run “certdeck-cli COMMAND --help” for a command&apos;s options.
</source>
        <translation>
執行「certdeck-cli COMMAND --help」以查看命令的選項。
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run “certdeck-cli --help” for usage.</source>
        <translation>執行「certdeck-cli --help」以查看用法。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not accepted: secrets never go on the command line (they would show in the process list and the shell history). Use --password-file or --client-secret-file, the environment variable CERTDECK_CLIENT_SECRET, or the terminal prompt.</source>
        <translation>不接受 %1：密碼與秘密一律不會放在命令列上 (否則會出現在處理程序清單和殼層歷程記錄中)。請使用 --password-file 或 --client-secret-file、環境變數 CERTDECK_CLIENT_SECRET，或終端機提示。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Manage the certificates of an Azure Key Vault (or of certdeck-localvault).</source>
        <translation>管理 Azure Key Vault (或 certdeck-localvault) 的憑證。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The command to run.</source>
        <translation>要執行的命令。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command “%1”.</source>
        <translation>未知的命令「%1」。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Usage: certdeck-cli [global options] %1</source>
        <translation>用法：certdeck-cli [全域選項] %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../app/cli/table_output.cpp" line="+89"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>certdeck::cli::PageStream</name>
    <message>
        <location filename="../app/cli/page_stream.cpp" line="+34"/>
        <source>The service did not answer within the time limit.</source>
        <translation>服務未在時間限制內回應。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only HTTPS is allowed (got %1).</source>
        <translation>只允許 HTTPS (收到 %1)。</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The connection was closed before the answer was complete.</source>
        <translation>回應完成前連線已關閉。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The service&apos;s nextLink points to another host; it is not followed.</source>
        <translation>服務的 nextLink 指向其他主機，因此不會追蹤。</translation>
    </message>
</context>
<context>
    <name>certdeck::client::AzureCliCredential</name>
    <message>
        <location filename="../lib/client/azure_cli_credential.cpp" line="+58"/>
        <source>Azure CLI sign-in</source>
        <translation>Azure CLI 登入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure CLI sign-in (tenant %1)</source>
        <translation>Azure CLI 登入 (租用戶 %1)</translation>
    </message>
</context>
<context>
    <name>certdeck::client::ClientCertificateCredential</name>
    <message>
        <location filename="../lib/client/client_certificate_credential.cpp" line="+105"/>
        <source>Certificate %1 of application %2</source>
        <translation>應用程式 %2 的憑證 %1</translation>
    </message>
</context>
<context>
    <name>certdeck::client::ClientSecretCredential</name>
    <message>
        <location filename="../lib/client/client_secret_credential.cpp" line="+89"/>
        <source>Client secret of application %1</source>
        <translation>應用程式 %1 的用戶端密碼</translation>
    </message>
</context>
<context>
    <name>certdeck::client::DeviceCodeCredential</name>
    <message>
        <location filename="../lib/client/device_code_credential.cpp" line="+123"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>若要登入，請開啟 %1 並輸入代碼 %2。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Device code sign-in with application %1</source>
        <translation>使用應用程式 %1 的裝置程式碼登入</translation>
    </message>
</context>
<context>
    <name>certdeck::client::HttpPipeline</name>
    <message>
        <location filename="../lib/client/http_pipeline.cpp" line="+285"/>
        <source>Only HTTPS is allowed (got %1). Plain HTTP is refused so that tokens never travel unencrypted.</source>
        <translation>只允許 HTTPS (收到 %1)。為避免權杖以未加密方式傳輸，會拒絕一般 HTTP。</translation>
    </message>
</context>
<context>
    <name>certdeck::client::VaultError</name>
    <message>
        <location filename="../lib/client/vault_error.cpp" line="+20"/>
        <source>Your access policy on this vault does not include the permission “%1”. Grant it in Access policies, or ask the vault&apos;s owner to.</source>
        <translation>您在此金鑰保存庫上的存取原則不包含「%1」許可權。請在 [存取原則] 中授與，或請保存庫擁有者授與。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault uses Azure role-based access control and your identity has no role that allows this action. Ask for a Key Vault role assignment.</source>
        <translation>此金鑰保存庫使用 Azure 角色型存取控制 (Azure RBAC)，而您的身分識別沒有允許此動作的角色。請要求 Key Vault 角色指派。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s firewall does not allow requests from your network address.</source>
        <translation>金鑰保存庫的防火牆不允許來自您網路位址的要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge protection is on for this vault: a deleted certificate cannot be purged before its scheduled purge date, when the vault purges it by itself. Recover it if you need it or its name again.</source>
        <translation>此保存庫已開啟清除保護：已刪除的憑證在排定的清除日期之前無法清除，屆時保存庫會自動將其清除。若仍需要此憑證或其名稱，請將它復原。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This request was sent to a certificate authority and is still in progress: merging is only possible after it failed or was cancelled. Wait for it, or cancel it first.</source>
        <translation>此要求已傳送給憑證授權單位，且仍在進行中：只有在要求失敗或取消後才能合併。請等候完成，或先取消要求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused the request (403 Forbidden).</source>
        <translation>服務拒絕了要求 (403 禁止)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deleted certificate with this name is still recoverable. Recover it or purge it under Deleted certificates, or choose another name.</source>
        <translation>具有此名稱的已刪除憑證仍可復原。請在 [已刪除的憑證] 中將其復原或清除，或選擇其他名稱。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate is still being deleted. Try again in a few seconds.</source>
        <translation>憑證仍在刪除中。請在幾秒後再試一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pending request for this certificate is still in progress. Merge the signed certificate, wait for the issuer to finish, or delete the pending request first.</source>
        <translation>此憑證的擱置中要求仍在進行中。請合併已簽署的憑證、等候簽發者完成，或先刪除擱置中的要求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate is still used by back ends. Remove it from their gateway credentials first, then delete it.</source>
        <translation>憑證仍在後端使用中。請先從後端的閘道認證中移除此憑證，再將其刪除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request conflicts with the certificate&apos;s current state (409 Conflict).</source>
        <translation>要求與憑證目前的狀態衝突 (409 衝突)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>API Management could not read the certificate from Key Vault: its managed identity is not turned on, or has no “Get” secret permission on the vault. Turn on the system-assigned identity and add an access policy with secret permission “Get”, then try again.</source>
        <translation>API 管理無法從 Key Vault 讀取憑證：其受控識別未開啟，或在保存庫上沒有「取得」秘密許可權。請開啟系統指派的受控識別，並新增具有秘密許可權「取得」的存取原則，然後再試一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected the request as invalid: check the values you entered.</source>
        <translation>服務以要求無效為由拒絕：請檢查您輸入的值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this item meanwhile. Reload it and try again.</source>
        <translation>在此期間，其他人已變更此項目。請重新載入後再試一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not accept the sign-in. Sign in again or check the credentials of this connection.</source>
        <translation>服務不接受此登入。請重新登入，或檢查此連線的認證。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no pending request for this certificate any more: it was completed, deleted or replaced.</source>
        <translation>此憑證已不再有擱置中的要求：要求已完成、已刪除或已被取代。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item was not found. It may have been deleted; look under Deleted certificates.</source>
        <translation>找不到項目。它可能已被刪除；請查看 [已刪除的憑證]。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is throttling requests. Certdeck retried; try again in a minute.</source>
        <translation>金鑰保存庫正在對要求進行節流。Certdeck 已重試；請在一分鐘後再試一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service had an internal error (%1). Certdeck retried; try again later.</source>
        <translation>服務發生內部錯誤 (%1)。Certdeck 已重試；請稍後再試一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with status %1.</source>
        <translation>服務以狀態 %1 回應。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service could not be reached. Check the network connection and the vault URL.</source>
        <translation>無法連線到服務。請檢查網路連線與保存庫 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s TLS certificate is not trusted. Certdeck never turns verification off: add the issuing CA to this connection instead.</source>
        <translation>服務的 TLS 憑證不受信任。Certdeck 絕不會關閉驗證：請改為將簽發的 CA 新增至此連線。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No access token could be obtained. Check the sign-in method and its credentials.</source>
        <translation>無法取得存取權杖。請檢查登入方法及其認證。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s answer could not be read.</source>
        <translation>無法讀取服務的回應。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>作業已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was not sent: %1</source>
        <translation>未傳送要求：%1</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::AccessPolicyDialog</name>
    <message>
        <location filename="../app/gui/access_policy_dialog.cpp" line="+39"/>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate officer</source>
        <translation>憑證長</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate reader</source>
        <translation>憑證讀者</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret reader for API Management</source>
        <translation>API 管理的秘密讀者</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access policy</source>
        <translation>存取原則</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Object id of the user, group, application or managed identity</source>
        <translation>使用者、群組、應用程式或受控識別的物件識別碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: application id for a compound identity</source>
        <translation>選用：複合身分識別的應用程式識別碼</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Object id:</source>
        <translation>物件識別碼(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application id:</source>
        <translation>應用程式識別碼(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>範本(&amp;T)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate permissions</source>
        <translation>憑證許可權</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret permissions</source>
        <translation>秘密許可權</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key permissions</source>
        <translation>金鑰許可權</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::AccessPolicyPage</name>
    <message>
        <location filename="../app/gui/access_policy_page.cpp" line="+51"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access policies</source>
        <translation>存取原則</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a vault.</source>
        <translation>請選取金鑰保存庫。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access policies are managed through Azure Resource Manager, which this connection cannot reach.</source>
        <translation>存取原則是透過 Azure Resource Manager 管理，但此連線無法連線到 Azure Resource Manager。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault was added by its URL, so Certdeck does not know its Azure resource. To manage its access policies, add it again by signing in and choosing it from your subscriptions.</source>
        <translation>此保存庫是以 URL 新增的，因此 Certdeck 不知道其 Azure 資源。若要管理其存取原則，請登入並從您的訂用帳戶中選擇此保存庫，重新新增。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault uses Azure role-based access control (RBAC). Access policies have no effect on it: grant Key Vault roles (for example “Key Vault Certificates Officer”) in the Azure portal instead.</source>
        <translation>此金鑰保存庫使用 Azure 角色型存取控制 (RBAC)，存取原則對其沒有作用：請改為在 Azure 入口網站中指派 Key Vault 角色 (例如「Key Vault Certificates Officer」)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may do what in %1. Changes take effect at once.</source>
        <translation>設定誰可以在 %1 中執行哪些動作。變更會立即生效。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The vault&apos;s access policies could not be read.</source>
        <translation>無法讀取金鑰保存庫的存取原則。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The access policy could not be saved.</source>
        <translation>無法儲存存取原則。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove access policy</source>
        <translation>移除存取原則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every permission of %1 on this vault?</source>
        <translation>要移除 %1 在此金鑰保存庫上的所有許可權嗎？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The access policy could not be removed.</source>
        <translation>無法移除存取原則。</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::AddVaultDialog</name>
    <message>
        <location filename="../app/gui/add_vault_dialog.cpp" line="+99"/>
        <source>Sign in with</source>
        <translation>登入方法</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant (directory) ID</source>
        <translation>目錄 (租用戶) 識別碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application (client) ID</source>
        <translation>應用程式 (用戶端) 識別碼</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret or certificate password</source>
        <translation>用戶端密碼或憑證密碼</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client certificate (.pfx or .pem)</source>
        <translation>用戶端憑證 (.pfx 或 .pem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate</source>
        <translation>用戶端憑證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates with keys (*.pfx *.p12 *.pem)</source>
        <translation>含金鑰的憑證 (*.pfx *.p12 *.pem)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign-in authority</source>
        <translation>登入授權單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource Manager endpoint</source>
        <translation>Resource Manager 端點</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add Azure key vaults</source>
        <translation>新增 Azure 金鑰保存庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a vault by its URL (an access policy on that vault is enough)</source>
        <translation>依 URL 新增保存庫 (只需該保存庫上的存取原則)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in and choose from your subscriptions</source>
        <translation>登入並從您的訂用帳戶中選擇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in and list vaults</source>
        <translation>登入並列出保存庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault</source>
        <translation>保存庫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource group</source>
        <translation>資源群組</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID sign-in</source>
        <translation>Microsoft Entra ID 登入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure CLI (the account of “az login”)</source>
        <translation>Azure CLI (「az login」的帳戶)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device code (sign in with a browser on any device)</source>
        <translation>裝置程式碼 (在任何裝置上使用瀏覽器登入)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application with a client secret</source>
        <translation>使用用戶端密碼的應用程式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application with a client certificate</source>
        <translation>使用用戶端憑證的應用程式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the secret in the system keychain</source>
        <translation>在系統金鑰圈中記住密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other cloud or sign-in authority</source>
        <translation>其他雲端或登入授權單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>optional: Azure CLI&apos;s public client by default</source>
        <translation>選用：預設為 Azure CLI 的公用用戶端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: your home tenant</source>
        <translation>選用：預設為您的主租用戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses the account you signed in with “az login”; nothing is stored by Certdeck.</source>
        <translation>使用您以「az login」登入的帳戶；Certdeck 不會儲存任何內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certdeck shows a code; enter it at the address it gives, in any browser, and sign in there.</source>
        <translation>Certdeck 會顯示代碼；請在任何瀏覽器中前往其提供的位址輸入代碼，並在該處登入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A service principal (app registration) with its own access to the vault.</source>
        <translation>具有自身保存庫存取權的服務主體 (應用程式註冊)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An application signs in with its tenant ID and application (client) ID.</source>
        <translation>應用程式會以其租用戶識別碼及應用程式 (用戶端) 識別碼登入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the application&apos;s client secret.</source>
        <translation>請輸入應用程式的用戶端密碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the application&apos;s certificate file.</source>
        <translation>請選擇應用程式的憑證檔案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the vault&apos;s URL, e.g. https://contoso.vault.azure.net.</source>
        <translation>請輸入保存庫的 URL，例如 https://contoso.vault.azure.net。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in and tick at least one vault.</source>
        <translation>請登入並勾選至少一個保存庫。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Signing in and listing subscriptions…</source>
        <translation>正在登入並列出訂用帳戶…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing in or listing subscriptions failed: %1</source>
        <translation>登入或列出訂用帳戶失敗：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This identity sees no subscriptions. Add the vault by its URL instead.</source>
        <translation>此身分識別看不到任何訂用帳戶。請改為依 URL 新增保存庫。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tick the vaults to add.</source>
        <translation>請勾選要新增的保存庫。</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ApimBackendDialog</name>
    <message>
        <location filename="../app/gui/apim_backend_dialog.cpp" line="+23"/>
        <source>Validate the back end&apos;s certificate &amp;chain</source>
        <translation>驗證後端的憑證鏈結(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate the back end&apos;s certificate &amp;name</source>
        <translation>驗證後端的憑證名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Turn off chain validation</source>
        <translation>關閉鏈結驗證(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back end “%1”</source>
        <translation>後端「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back end URL</source>
        <translation>後端 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway credential</source>
        <translation>閘道認證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (no client certificate)</source>
        <translation>無 (沒有用戶端憑證)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chosen certificate is self-signed. With a self-signed chain, API Management answers calls to this back end with error 500 unless certificate chain validation is turned off.</source>
        <translation>選擇的憑證是自我簽署憑證。使用自我簽署的鏈結時，除非關閉憑證鏈結驗證，否則 API 管理會對此後端的呼叫傳回 500 錯誤。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway credential (client certificate):</source>
        <translation>閘道認證 (用戶端憑證)(&amp;G)：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Chain validation is off: API Management accepts the back end&apos;s certificate without checking who issued it. Anyone who can redirect the traffic can pretend to be the back end. Use this only for a self-signed back end you control.</source>
        <translation>鏈結驗證已關閉：API 管理會接受後端的憑證，而不檢查其簽發者。任何能重新導向流量的人都能假冒後端。請只對您自己管理的自我簽署後端使用此設定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name validation is off: API Management accepts a certificate issued for another host name.</source>
        <translation>名稱驗證已關閉：API 管理會接受為其他主機名稱簽發的憑證。</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ApimCustomDomainDialog</name>
    <message>
        <location filename="../app/gui/apim_custom_domain_dialog.cpp" line="+23"/>
        <source>&amp;Negotiate client certificate</source>
        <translation>交涉用戶端憑證(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add custom domain from Key Vault</source>
        <translation>從 Key Vault 新增自訂網域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>api.contoso.com</source>
        <translation>api.contoso.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API Management reads the certificate from the vault with its managed identity. Before sending, Certdeck checks that the identity exists and has the “Get” secret permission on the vault.</source>
        <translation>API 管理會以其受控識別從保存庫讀取憑證。傳送之前，Certdeck 會檢查此身分識別是否存在，以及是否具有保存庫的秘密許可權「取得」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Endpoint:</source>
        <translation>端點(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host name:</source>
        <translation>主機名稱(&amp;H)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ApimPage</name>
    <message>
        <location filename="../app/gui/apim_page.cpp" line="+124"/>
        <source>Upload client certificate</source>
        <translation>上傳用戶端憑證</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PFX files (*.pfx *.p12)</source>
        <translation>PFX 檔案 (*.pfx *.p12)</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+12"/>
        <source>Client certificates</source>
        <translation>用戶端憑證</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Back ends</source>
        <translation>後端</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Custom domains</source>
        <translation>自訂網域</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a .pfx file on the list to upload it as a client certificate.</source>
        <translation>將 .pfx 檔案拖放到清單上，即可將其上傳為用戶端憑證。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload .pfx…</source>
        <translation>上傳 .pfx(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;Key Vault…</source>
        <translation>從 Key Vault(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;thumbprint</source>
        <translation>複製指紋(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit back end…</source>
        <translation>編輯後端(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add custom domain from Key Vault…</source>
        <translation>從 Key Vault 新增自訂網域(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iagnose</source>
        <translation>診斷(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API Management</source>
        <translation>API 管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API Management service “%1”</source>
        <translation>API 管理服務「%1」</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>System-assigned managed identity: on (object ID %1)</source>
        <translation>系統指派的受控識別：開啟 (物件識別碼 %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System-assigned managed identity: off. API Management cannot read certificates from Key Vault without it.</source>
        <translation>系統指派的受控識別：關閉。沒有它，API 管理就無法從 Key Vault 讀取憑證。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The API Management service could not be read.</source>
        <translation>無法讀取 API 管理服務。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the API Management service…</source>
        <translation>正在載入 API 管理服務…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Client certificate “%1” uploaded, thumbprint %2.</source>
        <translation>已上傳用戶端憑證「%1」，指紋為 %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client certificate from Key Vault</source>
        <translation>來自 Key Vault 的用戶端憑證</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate ID</source>
        <translation>憑證識別碼</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate &amp;ID:</source>
        <translation>憑證識別碼(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API Management reads the certificate with its system-assigned managed identity, which needs the “Get” secret permission on the vault.</source>
        <translation>API 管理會以其系統指派的受控識別讀取憑證，此身分識別需要保存庫的秘密許可權「取得」。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adding the client certificate would fail: the vault would answer API Management with “Forbidden”.</source>
        <translation>新增用戶端憑證將會失敗：保存庫會以「Forbidden」(禁止) 回應 API 管理。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding “%1” from Key Vault…</source>
        <translation>正在從 Key Vault 新增「%1」…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” could not be added from Key Vault.</source>
        <translation>無法從 Key Vault 新增「%1」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate “%1” added, thumbprint %2.</source>
        <translation>已新增用戶端憑證「%1」，指紋為 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thumbprint %1 copied.</source>
        <translation>已複製指紋 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Delete client certificate</source>
        <translation>刪除用戶端憑證</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>“%1” is in use, and API Management refuses to delete a certificate that is in use.</source>
        <translation>「%1」正在使用中，而 API 管理不允許刪除使用中的憑證。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back ends presenting it: %1
APIs routed through them: %2

Detach it from these back ends first? Their calls then go out without a client certificate.</source>
        <translation>出示此憑證的後端：%1
經由這些後端的 API：%2

要先從這些後端移除此憑證嗎？移除後，它們的呼叫將不附用戶端憑證。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Detach and delete</source>
        <translation>移除後刪除(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the client certificate “%1” from API Management?</source>
        <translation>要從 API 管理刪除用戶端憑證「%1」嗎？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Detaching “%1” from the back end “%2”…</source>
        <translation>正在從後端「%2」移除「%1」…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be detached from the back end “%2”.</source>
        <translation>無法從後端「%2」移除「%1」。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting “%1”…</source>
        <translation>正在刪除「%1」…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be deleted.</source>
        <translation>無法刪除「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate “%1” deleted.</source>
        <translation>已刪除用戶端憑證「%1」。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving the back end “%1”…</source>
        <translation>正在儲存後端「%1」…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The back end “%1” could not be saved.</source>
        <translation>無法儲存後端「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back end “%1” saved.</source>
        <translation>已儲存後端「%1」。</translation>
    </message>
    <message>
        <location filename="../app/gui/apim_page_domains.cpp" line="+58"/>
        <source>Checking that API Management may read the vault…</source>
        <translation>正在檢查 API 管理是否可以讀取保存庫…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding the custom domain would fail with “Failed to update API Management service hostnames … Forbidden”.</source>
        <translation>新增自訂網域將會失敗，並出現「Failed to update API Management service hostnames … Forbidden」(無法更新 API 管理服務主機名 … 禁止)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API Management cannot read the vault</source>
        <translation>API 管理無法讀取保存庫</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fix and add</source>
        <translation>修正後新增(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;anyway</source>
        <translation>仍然新增(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turning on the managed identity and adding its access policy…</source>
        <translation>正在開啟受控識別並新增其存取原則…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the access policy for API Management&apos;s managed identity…</source>
        <translation>正在為 API 管理的受控識別新增存取原則…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API Management&apos;s managed identity may now read secrets of the vault.</source>
        <translation>API 管理的受控識別現在可以讀取保存庫的秘密。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Updating the host names of “%1”… On Azure this can take many minutes.</source>
        <translation>正在更新「%1」的主機名稱… 在 Azure 上這可能需要數分鐘。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The custom domain “%1” could not be set.</source>
        <translation>無法設定自訂網域「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom domain “%1” set.</source>
        <translation>已設定自訂網域「%1」。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+31"/>
        <source>Diagnose “%1”</source>
        <translation>診斷「%1」</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>“%1” does not take its certificate from Key Vault, so API Management&apos;s access to a vault plays no part.</source>
        <translation>「%1」的憑證不是來自 Key Vault，因此與 API 管理對保存庫的存取無關。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault holding %1 is not connected in Certdeck, so its access policies cannot be checked. Add the vault (File → Add Azure vault…) and diagnose again.</source>
        <translation>保存 %1 的保存庫未在 Certdeck 中連線，因此無法檢查其存取原則。請新增該保存庫 (檔案 → 新增 Azure 保存庫…)，然後再診斷一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosing “%1”…</source>
        <translation>正在診斷「%1」…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last update of this host name failed, but access is in order now: apply it again.</source>
        <translation>此主機名稱上次更新失敗，但現在存取已沒有問題：請再套用一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to fix.</source>
        <translation>沒有需要修正的項目。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fix and apply again</source>
        <translation>修正後再次套用(&amp;F)</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ApimUploadDialog</name>
    <message>
        <location filename="../app/gui/apim_upload_dialog.cpp" line="+31"/>
        <source>The password for %1 is wrong. Try again:</source>
        <translation>%1 的密碼錯誤。請再試一次：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 (leave empty if it has none):</source>
        <translation>%1 的密碼 (若沒有密碼請留白)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PFX password</source>
        <translation>PFX 密碼</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upload client certificate</source>
        <translation>上傳用戶端憑證</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thumbprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate ID</source>
        <translation>憑證識別碼</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate:</source>
        <translation>憑證：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint:</source>
        <translation>指紋：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;ID:</source>
        <translation>憑證識別碼(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upload</source>
        <translation>上傳(&amp;U)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file %1 cannot be read.</source>
        <translation>無法讀取檔案 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a .pfx file. API Management client certificates must be uploaded as .pfx with their private key.</source>
        <translation>%1 不是 .pfx 檔案。API 管理的用戶端憑證必須連同私密金鑰以 .pfx 格式上傳。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not uploaded: no password given for %1.</source>
        <translation>未上傳：沒有提供 %1 的密碼。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The .pfx file is damaged or unsupported: %1</source>
        <translation>.pfx 檔案已損毀或不受支援：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, expires %2 (self-signed)</source>
        <translation>%1，到期日 %2 (自我簽署)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, expires %2</source>
        <translation>%1，到期日 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note the thumbprint: APIs choose their gateway certificate by it.</source>
        <translation>請記下指紋：API 是依指紋選擇其閘道憑證。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploading…</source>
        <translation>正在上傳…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not uploaded.</source>
        <translation>未上傳。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate could not be uploaded.</source>
        <translation>無法上傳用戶端憑證。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded as “%1”. Thumbprint: %2</source>
        <translation>已上傳為「%1」。指紋：%2</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::CertificateDetailsPane</name>
    <message>
        <location filename="../app/gui/certificate_details_pane.cpp" line="+47"/>
        <source>exportable</source>
        <translation>可匯出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not exportable</source>
        <translation>不可匯出</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2; issuer %3; %n month(s)</source>
        <translation>
            <numerusform>%1，%2；簽發者 %3；%n 個月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative names</source>
        <translation>別名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>有效期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1 指紋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256 指紋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>鏈結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>原則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>複製 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select a certificate to see its details.</source>
        <translation>選取憑證以查看其詳細資料。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: no issued certificate yet (pending request).</source>
        <translation>%1：尚未簽發任何憑證 (擱置中的要求)。</translation>
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
        <translation>自我簽署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
  ↳ issued by %2</source>
        <translation>%1
  ↳ 簽發者：%2</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ColumnChooser</name>
    <message>
        <location filename="../app/gui/table_columns.cpp" line="+97"/>
        <source>Restore default columns</source>
        <translation>還原預設欄位</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::CreateCertificateDialog</name>
    <message>
        <location filename="../app/gui/create_certificate_dialog.cpp" line="+49"/>
        <source>New certificate</source>
        <translation>新增憑證</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letters, digits and dashes, e.g. www-contoso-com</source>
        <translation>字母、數字和連字號，例如 www-contoso-com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One DNS name per line</source>
        <translation>每行一個 DNS 名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name in the vault:</source>
        <translation>保存庫中的名稱(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>主體(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS names:</source>
        <translation>DNS 名稱(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail addresses:</source>
        <translation>電子郵件地址(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User principal names:</source>
        <translation>使用者主體名稱(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key and validity</source>
        <translation>金鑰與有效期間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private key can be &amp;exported</source>
        <translation>私密金鑰可匯出(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reuse the key when renewing</source>
        <translation>更新時重複使用金鑰(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS #12 (.pfx)</source>
        <translation>PKCS #12 (.pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key type:</source>
        <translation>金鑰類型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Validity:</source>
        <translation>有效期間(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret &amp;format:</source>
        <translation>秘密格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage</source>
        <translation>使用方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server authentication</source>
        <translation>伺服器驗證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client authentication</source>
        <translation>用戶端驗證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code signing</source>
        <translation>程式碼簽署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail protection</source>
        <translation>電子郵件保護</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other extended key usages (OIDs)</source>
        <translation>其他增強金鑰使用方法 (OID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digital signature</source>
        <translation>數位簽章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key encipherment</source>
        <translation>金鑰編密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-repudiation</source>
        <translation>不可否認性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data encipherment</source>
        <translation>資料編密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key agreement</source>
        <translation>金鑰協議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate signing</source>
        <translation>憑證簽章</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issuance and renewal</source>
        <translation>簽發與更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-signed</source>
        <translation>自我簽署憑證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside CA — create a CSR to send (Unknown)</source>
        <translation>外部 CA — 建立要傳送的 CSR (Unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer %1</source>
        <translation>簽發者 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew automatically</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail the certificate contacts</source>
        <translation>傳送電子郵件給憑證連絡人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> % of the lifetime</source>
        <translation> % (存留期百分比)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key=value, key2=value2</source>
        <translation>名稱=值, 名稱2=值2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issuer:</source>
        <translation>簽發者(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When it nears expiry:</source>
        <translation>接近到期時(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>時間點(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation message</source>
        <translation>驗證訊息</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create request</source>
        <translation>建立要求(&amp;C)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New version of %1</source>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The name may hold only letters, digits and dashes (1 to 127 characters).</source>
        <translation>名稱只能包含字母、數字和連字號 (1 到 127 個字元)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subject must be a distinguished name such as CN=www.contoso.com, O=Contoso.</source>
        <translation>主體必須是辨別名稱，例如 CN=www.contoso.com, O=Contoso。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a valid DNS name.</source>
        <translation>「%1」不是有效的 DNS 名稱。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid e-mail address or user principal name.</source>
        <translation>「%1」不是有效的電子郵件地址或使用者主體名稱。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an OID such as 1.3.6.1.5.5.7.3.8.</source>
        <translation>「%1」不是 OID (例如 1.3.6.1.5.5.7.3.8)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags are written key=value, separated by commas.</source>
        <translation>標籤的格式為「名稱=值」，並以逗號分隔。</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::Credentials</name>
    <message>
        <location filename="../app/gui/credential_factory.cpp" line="+31"/>
        <source>The client certificate %1 cannot be used: %2</source>
        <translation>無法使用用戶端憑證 %1：%2</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ImportDialog</name>
    <message>
        <location filename="../app/gui/import_dialog.cpp" line="+32"/>
        <source>Import certificates</source>
        <translation>匯入憑證</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in the vault</source>
        <translation>保存庫中的名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password for %1 is wrong. Try again:</source>
        <translation>%1 的密碼錯誤。請再試一次：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 (leave empty if it has none):</source>
        <translation>%1 的密碼 (若無密碼請保留空白)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PFX password</source>
        <translation>PFX 密碼</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file cannot be read.</source>
        <translation>無法讀取檔案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PEM file could not be read.</source>
        <translation>無法讀取 PEM 檔案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No certificate in the file matches its private key.</source>
        <translation>檔案中沒有與其私密金鑰相符的憑證。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holds a certificate without its private key. Key Vault imports need the key: use a .pfx, or a .pem with the private key.</source>
        <translation>檔案包含的憑證沒有私密金鑰。匯入 Key Vault 需要金鑰：請使用 .pfx，或含私密金鑰的 .pem。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a PFX, PKCS #12 or PEM file.</source>
        <translation>這不是 PFX、PKCS #12 或 PEM 檔案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no password given.</source>
        <translation>已略過：未提供密碼。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PFX file is damaged or unsupported: %1</source>
        <translation>PFX 檔案已損毀或不受支援：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not imported: the name may hold only letters, digits and dashes.</source>
        <translation>未匯入：名稱只能包含字母、數字和連字號。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n certificate(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 個憑證。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::KeyVaultAccessCheck</name>
    <message>
        <location filename="../app/gui/apim_key_vault_access.cpp" line="+21"/>
        <source>The managed identity of API Management “%1” has the “Get” secret permission on the vault “%2”: API Management can read the certificate.</source>
        <translation>API 管理「%1」的受控識別具有保存庫「%2」的秘密許可權「取得」：API 管理可以讀取憑證。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API Management “%1” has no system-assigned managed identity, so it has no permission to access the vault “%2”.</source>
        <translation>API 管理「%1」沒有系統指派的受控識別，因此沒有許可權可存取保存庫「%2」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The managed identity of API Management “%1” (object ID %2) has no “Get” secret permission in the access policies of the vault “%3”, so API Management has no permission to read the certificate.</source>
        <translation>API 管理「%1」的受控識別 (物件識別碼 %2) 在保存庫「%3」的存取原則中沒有秘密許可權「取得」，因此 API 管理服務沒有許可權可讀取憑證。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault “%1” uses Azure role-based access control, so its access policies do not decide. Make sure the managed identity of API Management “%2” has a role that allows reading secrets (for example Key Vault Secrets User).</source>
        <translation>保存庫「%1」使用 Azure 角色型存取控制 (Azure RBAC)，因此不是由存取原則決定。請確定 API 管理「%2」的受控識別具有可讀取秘密的角色 (例如 Key Vault Secrets User)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certdeck cannot read the access policies of the vault “%1” (it was added by URL, without Azure Resource Manager), so it cannot check whether API Management “%2” may read the certificate.</source>
        <translation>Certdeck 無法讀取保存庫「%1」的存取原則 (它是以 URL 新增的，沒有 Azure Resource Manager)，因此無法檢查 API 管理「%2」是否可以讀取憑證。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certdeck can fix this in one step: turn on the system-assigned managed identity of “%1” and add an access policy for it on “%2” with the secret permission “Get” only, then apply.</source>
        <translation>Certdeck 可以一次修正：開啟「%1」的系統指派的受控識別，並在「%2」上為其新增只有秘密許可權「取得」的存取原則，然後套用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certdeck can fix this in one step: add an access policy for the managed identity on “%1” with the secret permission “Get” only, then apply.</source>
        <translation>Certdeck 可以一次修正：在「%1」上為受控識別新增只有秘密許可權「取得」的存取原則，然後套用。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The API Management service could not be read.</source>
        <translation>無法讀取 API 管理服務。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The access policies of the vault could not be read.</source>
        <translation>無法讀取保存庫的存取原則。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The system-assigned managed identity could not be turned on.</source>
        <translation>無法開啟系統指派的受控識別。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The managed identity has no object ID to grant access to.</source>
        <translation>受控識別沒有可授與存取權的物件識別碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no principalId</source>
        <translation>沒有 principalId</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The access policy for API Management&apos;s managed identity could not be added.</source>
        <translation>無法為 API 管理的受控識別新增存取原則。</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::KeyVaultCertificatePicker</name>
    <message>
        <location filename="../app/gui/key_vault_certificate_picker.cpp" line="+23"/>
        <source>Vault</source>
        <translation>保存庫</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vault certificates</source>
        <translation>保存庫憑證</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault:</source>
        <translation>保存庫(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate:</source>
        <translation>憑證(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::LanguageSettings</name>
    <message>
        <location filename="../app/gui/language_settings.cpp" line="+66"/>
        <source>Follow the system (%1)</source>
        <translation>遵循系統設定 (%1)</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::LocalVaultLauncher</name>
    <message>
        <location filename="../app/gui/local_vault_launcher.cpp" line="+22"/>
        <source>The built-in local vault could not be started: %1</source>
        <translation>無法啟動內建本機保存庫：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The built-in local vault stopped (exit code %1): %2</source>
        <translation>內建本機保存庫已停止 (結束代碼 %1)：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The built-in local vault (certdeck-localvault) was not found next to Certdeck.</source>
        <translation>在 Certdeck 所在位置找不到內建本機保存庫 (certdeck-localvault)。</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+192"/>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import certificates</source>
        <translation>匯入憑證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates with keys (*.pfx *.p12 *.pem)</source>
        <translation>含金鑰的憑證 (*.pfx *.p12 *.pem)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Export inventory</source>
        <translation>匯出清查</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../app/gui/main_window_connections.cpp" line="+158"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The file %1 could not be written.</source>
        <translation>無法寫入檔案 %1。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Search certificates</source>
        <translation>搜尋憑證</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+272"/>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 copied to the clipboard.</source>
        <translation>已將 %1 複製到剪貼簿。</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+238"/>
        <source>Pending requests</source>
        <translation>擱置中的要求</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+210"/>
        <source>Deleted certificates</source>
        <translation>已刪除的憑證</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+164"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message numerus="yes">
        <location line="-122"/>
        <source>%Ln certificate(s) in all vaults</source>
        <translation>
            <numerusform>所有保存庫中有 %Ln 個憑證</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln 個已過期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln expiring within %1 days</source>
        <translation>
            <numerusform>%Ln 個將在 %1 天內到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln 個擱置中</numerusform>
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
        <translation>、</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No certificate matches “%1”.</source>
        <translation>沒有符合「%1」的憑證。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificates of %1 could not be listed. Refresh to try again.</source>
        <translation>無法列出 %1 的憑證。請重新整理以再試一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificates in %1 yet. Create one with New certificate, or drop .pfx, .p12 or .pem files here to import them.</source>
        <translation>%1 中尚無憑證。請使用「新增憑證」建立，或將 .pfx、.p12 或 .pem 檔案拖放到這裡以匯入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No certificates in the connected vaults yet.</source>
        <translation>已連線的保存庫中尚無憑證。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pending requests. A certificate from a CA issuer, or with issuer Unknown for an outside CA, waits here until it is issued, fails or is cancelled.</source>
        <translation>沒有擱置中的要求。向 CA 簽發者要求的憑證，或為外部 CA 使用簽發者 Unknown 的憑證，會在這裡等候，直到簽發、失敗或取消為止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purge protection is on for this vault: this certificate can be recovered, and the vault purges it by itself on its scheduled purge date.</source>
        <translation>此保存庫已開啟清除保護：此憑證可以復原，保存庫會在排定的清除日期自動將其清除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the deleted certificates of %1…</source>
        <translation>正在讀取 %1 已刪除的憑證…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deleted certificates of %1 could not be listed.</source>
        <translation>無法列出 %1 已刪除的憑證。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No deleted certificates in %1. A deleted certificate stays here, recoverable, until it is purged or its retention period ends.</source>
        <translation>%1 中沒有已刪除的憑證。已刪除的憑證會保留在這裡並可復原，直到被清除或保留期間結束為止。</translation>
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
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New certificate…</source>
        <translation>新增憑證(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete certificate</source>
        <translation>刪除憑證(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;thumbprint</source>
        <translation>複製指紋(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel request</source>
        <translation>取消要求(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+548"/>
        <source>Delete pending request</source>
        <translation>刪除擱置中的要求</translation>
    </message>
    <message>
        <location line="-547"/>
        <source>&amp;Merge signed certificate…</source>
        <translation>合併已簽署的憑證(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save CSR…</source>
        <translation>儲存 CSR(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recover</source>
        <translation>復原(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purge…</source>
        <translation>清除(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export inventory as CSV…</source>
        <translation>將清查匯出為 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export expiry reminders (.ics)…</source>
        <translation>匯出到期提醒 (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export activity log…</source>
        <translation>匯出活動記錄…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Azure vault…</source>
        <translation>新增 Azure 保存庫(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/main_window_connections.cpp" line="+71"/>
        <source>Remove connection</source>
        <translation>移除連線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All vaults</source>
        <translation>所有保存庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;columns</source>
        <translation>憑證欄位(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main toolbar</source>
        <translation>主要工具列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search name, subject or SAN — or is:expired, is:expiring-30, is:pending, issuer:, san:, thumb:, vault:</source>
        <translation>搜尋名稱、主體或 SAN — 或使用 is:expired、is:expiring-30、is:pending、issuer:、san:、thumb:、vault:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access policies</source>
        <translation>存取原則</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Quit Certdeck</source>
        <translation>結束 Certdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates are still loading. Quit anyway?</source>
        <translation>仍在載入憑證。仍要結束嗎？</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sign in to %1</source>
        <translation>登入 %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading certificates from %1…</source>
        <translation>正在從 %1 載入憑證…</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Loading certificates… %Ln so far</source>
        <translation>
            <numerusform>正在載入憑證… 目前已載入 %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Listing the certificates failed.</source>
        <translation>無法列出憑證。</translation>
    </message>
    <message numerus="yes">
        <location line="-281"/>
        <source>%Ln certificate(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %Ln 個憑證</numerusform>
        </translation>
    </message>
    <message>
        <location line="+337"/>
        <source>“%1” was issued and is now under Certificates.</source>
        <translation>「%1」已簽發，現在位於 [憑證] 中。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Listing the deleted certificates failed.</source>
        <translation>無法列出已刪除的憑證。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Request id: %1</source>
        <translation>要求識別碼：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grant “%1” and retry</source>
        <translation>授與「%1」並重試</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” could not be granted: you may not change this vault&apos;s access policies.</source>
        <translation>無法授與「%1」：您無權變更此金鑰保存庫的存取原則。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” granted.</source>
        <translation>已授與「%1」。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thumbprint copied to the clipboard.</source>
        <translation>已將指紋複製到剪貼簿。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete certificate</source>
        <translation>刪除憑證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”? It stays recoverable under Deleted certificates until it is purged.</source>
        <translation>要刪除「%1」嗎？在清除之前，仍可從 [已刪除的憑證] 中復原。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” could not be deleted.</source>
        <translation>無法刪除「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was deleted.</source>
        <translation>已刪除「%1」。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request for “%1” could not be cancelled.</source>
        <translation>無法取消「%1」的要求。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the pending request of “%1”? The certificate authority may or may not stop working on it.</source>
        <translation>要刪除「%1」的擱置中要求嗎？憑證授權單位不一定會停止處理此要求。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pending request of “%1” could not be deleted.</source>
        <translation>無法刪除「%1」的擱置中要求。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” could not be recovered.</source>
        <translation>無法復原「%1」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was recovered.</source>
        <translation>已復原「%1」。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Purge certificate</source>
        <translation>清除憑證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purging deletes “%1” for ever. Type its name to confirm:</source>
        <translation>清除會永久刪除「%1」。請輸入其名稱以確認：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be purged.</source>
        <translation>無法清除「%1」。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import certificates into %1</source>
        <translation>將憑證匯入 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Creating %1…</source>
        <translation>正在建立 %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be created.</source>
        <translation>無法建立「%1」。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request for “%1” was sent; follow it under Pending requests.</source>
        <translation>已傳送「%1」的要求；請在 [擱置中的要求] 中追蹤進度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate signing request</source>
        <translation>憑證簽署要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” waits for a certificate signed by your CA. Save the CSR now to send it to the CA?</source>
        <translation>「%1」正在等候由您的 CA 簽署的憑證。要立即儲存 CSR 以傳送給 CA 嗎？</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Save CSR</source>
        <translation>儲存 CSR</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>憑證簽署要求 (*.csr *.pem)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CSR could not be written to %1.</source>
        <translation>無法將 CSR 寫入 %1。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The certificate could not be merged into “%1”.</source>
        <translation>無法將憑證合併到「%1」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is complete and now under Certificates.</source>
        <translation>「%1」已完成，現在會顯示在 [憑證] 下。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_certificate_actions.cpp" line="+44"/>
        <source>Download certificate (.cer/.pem)…</source>
        <translation>下載憑證 (.cer/.pem)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export with private key (.pfx/.pem)…</source>
        <translation>連同私密金鑰匯出 (.pfx/.pem)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable certificate</source>
        <translation>停用憑證</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable certificate</source>
        <translation>啟用憑證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version…</source>
        <translation>新增版本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version</source>
        <translation>新增版本</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Download certificate</source>
        <translation>下載憑證</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>DER certificate (*.cer);;PEM certificate (*.pem *.crt)</source>
        <translation>DER 憑證 (*.cer);;PEM 憑證 (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The private key of “%1” could not be read.</source>
        <translation>無法讀取「%1」的私密金鑰。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>Export with private key</source>
        <translation>連同私密金鑰匯出</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>PKCS#12 files (*.pfx *.p12)</source>
        <translation>PKCS#12 檔案 (*.pfx *.p12)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM 檔案 (*.pem)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds the private key unencrypted: keep it safe.</source>
        <translation>%1 包含未加密的私密金鑰：請妥善保管。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password to protect the exported file (empty: no protection):</source>
        <translation>用來保護匯出檔案的密碼 (留白表示不保護)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key could not be packed: %1</source>
        <translation>無法封裝金鑰：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” could not be enabled.</source>
        <translation>無法啟用「%1」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be disabled.</source>
        <translation>無法停用「%1」。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is enabled.</source>
        <translation>已啟用「%1」。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is disabled.</source>
        <translation>已停用「%1」。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The policy of “%1” could not be read.</source>
        <translation>無法讀取「%1」的原則。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New version of %1</source>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_connections.cpp" line="-70"/>
        <source>“%1” could not be connected: %2</source>
        <translation>無法連線到「%1」：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret of “%1” is not in the system keychain (%2).
Enter the client secret or certificate password to connect:</source>
        <translation>「%1」的密碼不在系統金鑰圈中 (%2)。
請輸入用戶端密碼或憑證密碼以連線：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add Azure vault</source>
        <translation>新增 Azure 保存庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be added: %2</source>
        <translation>無法新增「%1」：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No system keychain answered: Certdeck will ask for the secret of “%1” at the next start.</source>
        <translation>沒有任何系統金鑰圈回應：Certdeck 會在下次啟動時詢問「%1」的密碼。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove “%1” from Certdeck? The vault and its certificates are not touched.</source>
        <translation>要從 Certdeck 移除「%1」嗎？保存庫及其憑證不會受到影響。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>Export expiry reminders</source>
        <translation>匯出到期提醒</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔案 (*.ics)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Export activity log</source>
        <translation>匯出活動記錄</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_apim.cpp" line="+121"/>
        <source>API Management</source>
        <translation>API 管理</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::MemorySecretStore</name>
    <message>
        <location filename="../app/gui/secret_store.cpp" line="+51"/>
        <source>No secret is stored for this connection.</source>
        <translation>此連線未儲存任何密碼。</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::MergeDialog</name>
    <message>
        <location filename="../app/gui/merge_dialog.cpp" line="+25"/>
        <source>Merge signed certificate into %1</source>
        <translation>將已簽署的憑證合併到 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop the certificate files your CA returned here (.cer, .crt, .pem, .p7b), or choose them. Certdeck orders the chain and checks that it belongs to this request before anything is sent.</source>
        <translation>將 CA 傳回的憑證檔案 (.cer、.crt、.pem、.p7b) 拖放到這裡，或選擇這些檔案。Certdeck 會在傳送任何內容之前排列鏈結，並檢查鏈結是否屬於此要求。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain, leaf first</source>
        <translation>鏈結 (從分葉憑證開始)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check result</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose files…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed certificate and chain</source>
        <translation>已簽署的憑證與鏈結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.cer *.crt *.pem *.p7b *.der)</source>
        <translation>憑證 (*.cer *.crt *.pem *.p7b *.der)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no certificate Certdeck can read.</source>
        <translation>%1 中沒有 Certdeck 可讀取的憑證。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pending request has no CSR that Certdeck can read.</source>
        <translation>擱置中的要求沒有 Certdeck 可讀取的 CSR。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate yet.</source>
        <translation>尚無憑證。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This certificate does not belong to the request for %1: its public key differs from the key in the CSR. Check that the CA signed the CSR you sent for this certificate.</source>
        <translation>此憑證不屬於 %1 的要求：其公開金鑰與 CSR 中的金鑰不同。請確認 CA 簽署的是您為此憑證傳送的 CSR。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The leaf certificate matches the request. The rest of the chain is incomplete, which the vault accepts.</source>
        <translation>分葉憑證與要求相符。鏈結的其餘部分不完整，但保存庫可接受。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate matches the request; the chain is ready to merge.</source>
        <translation>憑證與要求相符；鏈結已可合併。</translation>
    </message>
</context>
<context>
    <name>certdeck::gui::VaultSession</name>
    <message>
        <location filename="../app/gui/vault_session.cpp" line="+24"/>
        <source>The local vault&apos;s connection file %1 cannot be read.</source>
        <translation>無法讀取本機保存庫的連線檔案 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The local vault&apos;s connection file %1 is incomplete.</source>
        <translation>本機保存庫的連線檔案 %1 不完整。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local vault</source>
        <translation>本機保存庫</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 (API Management managed identity)</source>
        <translation>%1 (API 管理受控識別)</translation>
    </message>
</context>
<context>
    <name>certdeck::models::AccessPolicyModel</name>
    <message>
        <location filename="../lib/models/access_policy_model.cpp" line="+55"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No permissions</source>
        <translation>無許可權</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Object ID: %1
Tenant ID: %2</source>
        <translation>物件識別碼：%1
租用戶識別碼：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Principal</source>
        <translation>主體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object ID</source>
        <translation>物件識別碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application ID</source>
        <translation>應用程式識別碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets</source>
        <translation>秘密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
</context>
<context>
    <name>certdeck::models::ActivityModel</name>
    <message>
        <location filename="../lib/models/activity_model.cpp" line="+107"/>
        <source>No response</source>
        <translation>無回應</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>要求識別碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duration (ms)</source>
        <translation>持續時間 (毫秒)</translation>
    </message>
</context>
<context>
    <name>certdeck::models::ApimBackendModel</name>
    <message>
        <location filename="../lib/models/apim_backend_model.cpp" line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The gateway does not check the back end&apos;s certificate chain.</source>
        <translation>閘道不會檢查後端的憑證鏈結。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back end</source>
        <translation>後端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>用戶端憑證</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain validation</source>
        <translation>鏈結驗證</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by APIs</source>
        <translation>使用的 API</translation>
    </message>
</context>
<context>
    <name>certdeck::models::ApimCertificateModel</name>
    <message>
        <location filename="../lib/models/apim_certificate_model.cpp" line="+68"/>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back ends: %1</source>
        <translation>後端：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back ends: %1; APIs: %2</source>
        <translation>後端：%1；API：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uploaded .pfx</source>
        <translation>上傳的 .pfx</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
</context>
<context>
    <name>certdeck::models::ApimHostnameModel</name>
    <message>
        <location filename="../lib/models/apim_hostname_model.cpp" line="+10"/>
        <source>Built-in</source>
        <translation>內建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploaded</source>
        <translation>已上傳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managed by Azure</source>
        <translation>由 Azure 管理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate source</source>
        <translation>憑證來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key Vault secret</source>
        <translation>Key Vault 秘密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>certdeck::models::CertificateFilterProxyModel</name>
    <message>
        <location filename="../lib/models/certificate_filter_proxy_model.cpp" line="+67"/>
        <source>The query has an unbalanced quotation mark.</source>
        <translation>查詢中有不成對的引號。</translation>
    </message>
</context>
<context>
    <name>certdeck::models::CertificateListModel</name>
    <message>
        <location filename="../lib/models/certificate_list_model.cpp" line="+176"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SHA-1: %1</source>
        <translation>SHA-1：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>指紋 (SHA-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content type</source>
        <translation>內容類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault</source>
        <translation>保存庫</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256 指紋</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject alternative names</source>
        <translation>主體別名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Certificate expiry</source>
        <translation>憑證到期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Certificate %1 in %2 expires</source>
        <translation>%2 中的憑證 %1 到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>憑證：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vault: %1</source>
        <translation>保存庫：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: %1</source>
        <translation>到期日：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>主體：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint (SHA-1): %1</source>
        <translation>指紋 (SHA-1)：%1</translation>
    </message>
</context>
<context>
    <name>certdeck::models::DeletedCertificateModel</name>
    <message>
        <location filename="../lib/models/deleted_certificate_model.cpp" line="+84"/>
        <source>No purge date is scheduled</source>
        <translation>未排定清除日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled purge date has passed</source>
        <translation>已超過排定的清除日期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Purged automatically in %n day(s)</source>
        <translation>
            <numerusform>%n 天後自動清除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>刪除日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled purge</source>
        <translation>排定的清除日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until purge</source>
        <translation>距清除天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery level</source>
        <translation>復原層級</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery ID</source>
        <translation>復原識別碼</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not recoverable: the vault does not keep deleted certificates.</source>
        <translation>無法復原：此保存庫不會保留已刪除的憑證。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recoverable until the scheduled purge date, and may be purged before then.</source>
        <translation>在排定的清除日期之前都可以復原，也可以提前清除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recoverable until the scheduled purge date. Neither the certificate nor its subscription can be removed before then.</source>
        <translation>在排定的清除日期之前都可以復原。在此之前，憑證及其訂用帳戶都無法移除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recoverable until the scheduled purge date. Purge protection is on: it cannot be purged before then.</source>
        <translation>在排定的清除日期之前都可以復原。已開啟清除保護：在此之前無法清除。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 The vault keeps deleted certificates for %n day(s).</source>
        <translation>
            <numerusform>%1此保存庫會將已刪除的憑證保留 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::models::Expiry</name>
    <message>
        <location filename="../lib/models/expiry.cpp" line="+63"/>
        <source>Expired less than a day ago</source>
        <translation>過期不到一天</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>已於 %n 天前過期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires in less than a day</source>
        <translation>一天內到期</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天後到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending: the certificate has not been issued yet</source>
        <translation>擱置中：尚未簽發憑證</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Disabled (expired %n day(s) ago)</source>
        <translation>
            <numerusform>已停用 (已於 %n 天前過期)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Disabled (expires in %n day(s))</source>
        <translation>
            <numerusform>已停用 (%n 天後到期)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet valid; becomes valid in less than a day</source>
        <translation>尚未生效；一天內生效</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not yet valid; becomes valid in %n day(s)</source>
        <translation>
            <numerusform>尚未生效；%n 天後生效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Valid; expires in %n day(s)</source>
        <translation>
            <numerusform>有效；%n 天後到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>certdeck::models::PendingOperationModel</name>
    <message>
        <location filename="../lib/models/pending_operation_model.cpp" line="+33"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pending certificate created. Merge the certificate signed by your CA to complete the request.</source>
        <translation>已建立擱置中的憑證。請合併 CA 簽署的憑證以完成要求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending certificate created. The issuer is processing the request; depending on the issuer this can take a while. Certdeck keeps checking.</source>
        <translation>已建立擱置中的憑證。簽發者正在處理要求，視簽發者而定可能需要一段時間。Certdeck 會持續檢查。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Requested</source>
        <translation>已要求</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Key Vault: “%1”</source>
        <translation>Key Vault：「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>要求識別碼：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancellation</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>經過時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault</source>
        <translation>保存庫</translation>
    </message>
</context>
<context>
    <name>certdeck::models::Permission</name>
    <message>
        <location filename="../lib/models/permission_labels.cpp" line="+10"/>
        <source>Get</source>
        <translation>取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover</source>
        <translation>復原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage contacts</source>
        <translation>管理連絡人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage certificate authorities</source>
        <translation>管理憑證授權單位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get certificate authorities</source>
        <translation>取得憑證授權單位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List certificate authorities</source>
        <translation>列出憑證授權單位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set certificate authorities</source>
        <translation>設定憑證授權單位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete certificate authorities</source>
        <translation>刪除憑證授權單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypt</source>
        <translation>解密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap key</source>
        <translation>包裝金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unwrap key</source>
        <translation>解除包裝金鑰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>簽署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>發行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate</source>
        <translation>輪替</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get rotation policy</source>
        <translation>取得輪替原則</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set rotation policy</source>
        <translation>設定輪替原則</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+86"/>
        <source>Certificate manager for Azure Key Vault.</source>
        <translation>適用於 Azure Key Vault 的憑證管理員。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory of the built-in local vault.</source>
        <translation>內建本機保存庫的資料目錄。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate files to import.</source>
        <translation>要匯入的憑證檔案。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting the built-in local vault…</source>
        <translation>正在啟動內建本機保存庫…</translation>
    </message>
</context>
</TS>
