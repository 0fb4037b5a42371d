#!/bin/sh
# Generates the seed corpora of the crypto harnesses with the openssl CLI (nothing binary is
# committed): a CA and an EC leaf with SANs, then the same material as PKCS#12 (modern, legacy,
# without password), PEM (chains, PKCS#8, traditional and encrypted keys, CSR, trusted
# certificate), DER and PKCS#7.   make_seeds.sh OUTPUT_DIR
set -eu
out=$1
pass=certdeck-fuzz # the password the PKCS#12 and PEM harnesses try
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj "/CN=Fuzz CA/O=Certdeck" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout leaf.key -out leaf.csr \
    -subj "/CN=www.contoso.com/O=Contoso/C=KR" \
    -addext "subjectAltName=DNS:www.contoso.com,DNS:*.contoso.com,email:ops@contoso.com,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:ops@contoso.com" \
    -addext extendedKeyUsage=serverAuth,clientAuth -addext keyUsage=digitalSignature 2>/dev/null
printf 'subjectAltName=DNS:www.contoso.com,email:ops@contoso.com\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n' >leaf.ext
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile leaf.ext -out leaf.pem 2>/dev/null
cat leaf.pem ca.pem >chain.pem

mkdir -p "$out/pkcs12" "$out/pem" "$out/der" "$out/pkcs7"
openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile ca.pem -name leaf -passout pass:$pass -out "$out/pkcs12/modern.pfx"
openssl pkcs12 -export -legacy -inkey leaf.key -in leaf.pem -certfile ca.pem -passout pass:$pass -out "$out/pkcs12/legacy.pfx"
openssl pkcs12 -export -inkey ca.key -in ca.pem -passout pass: -out "$out/pkcs12/empty-password.pfx"
openssl pkcs12 -export -inkey leaf.key -in leaf.pem -nomac -passout pass:$pass -out "$out/pkcs12/no-mac.pfx"

cp leaf.pem "$out/pem/certificate.pem"
cp chain.pem "$out/pem/chain.pem"
cat leaf.pem leaf.key >"$out/pem/certificate-pkcs8-key.pem"
openssl pkey -in ca.key -traditional -out ca-rsa.key
cat ca.pem ca-rsa.key >"$out/pem/certificate-rsa-key.pem"
openssl pkcs8 -topk8 -in leaf.key -v2 aes-256-cbc -passout pass:$pass -out leaf-encrypted.key
cat chain.pem leaf-encrypted.key >"$out/pem/chain-encrypted-key.pem"
cp leaf.csr "$out/pem/request.pem"
openssl x509 -in ca.pem -trustout -addtrust serverAuth -out "$out/pem/trusted.pem"
openssl crl2pkcs7 -nocrl -certfile chain.pem -out "$out/pem/chain.p7b"

openssl x509 -in leaf.pem -outform DER -out "$out/der/certificate.cer"
openssl x509 -in ca.pem -outform DER -out "$out/der/ca.cer"
openssl req -in leaf.csr -outform DER -out "$out/der/request.csr"
openssl pkcs8 -topk8 -nocrypt -in leaf.key -outform DER -out "$out/der/key.p8"

openssl crl2pkcs7 -nocrl -certfile chain.pem -outform DER -out "$out/pkcs7/chain.p7b"
openssl crl2pkcs7 -nocrl -certfile leaf.pem -out "$out/pkcs7/leaf-pem.p7b"
cp "$out/der/certificate.cer" "$out/pkcs7/certificate.cer"
cp chain.pem "$out/pkcs7/chain.pem"
# Imports for the local vault's route harness (see local_vault_route_fuzzer.cpp for the format).
mkdir -p "$out/local_vault_route"
import_request() { # NAME BODY
    printf 'POST /certificates/fz-%s/import?api-version=7.5\nContent-Type: application/json\n\n%s' "$1" "$2" \
        >"$out/local_vault_route/import-$1"
}
import_request pfx "{\"value\":\"$(base64 -w0 "$out/pkcs12/modern.pfx")\",\"pwd\":\"$pass\",\"policy\":{\"secret_props\":{\"contentType\":\"application/x-pkcs12\"}}}"
import_request pem "{\"value\":\"$(awk '{printf "%s\\n", $0}' "$out/pem/certificate-pkcs8-key.pem")\",\"policy\":{\"secret_props\":{\"contentType\":\"application/x-pem-file\"}}}"
touch "$out/stamp"
