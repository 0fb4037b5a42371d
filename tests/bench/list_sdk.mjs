// Lists every certificate of a vault with the official @azure/keyvault-certificates, page by page
// (byPage, 25 per page as the service's maximum), and prints {"count": N, "pages": P}. Used by
// bench_list to compare CPU time with certdeck-cli. The packages come from tests/conformance
// (pinned there by package-lock.json, installed by packaging/install-deps.sh --tests).
// Environment: CONNECTION_FILE (certdeck-localvault's connection.json) and NODE_EXTRA_CA_CERTS
// (its CA, read by Node at start), exactly as tests/conformance/run-conformance.mjs sets them up.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const conformance = process.env.CERTDECK_CONFORMANCE_DIR || path.resolve(here, "../conformance");
const require = createRequire(path.join(conformance, "package.json"));
const { ClientSecretCredential } = require("@azure/identity");
const { CertificateClient } = require("@azure/keyvault-certificates");

const connectionFile = process.env.CONNECTION_FILE;
if (!connectionFile) {
    console.error("list_sdk: CONNECTION_FILE is not set");
    process.exit(1);
}
const conn = JSON.parse(fs.readFileSync(connectionFile, "utf8"));
const credential = new ClientSecretCredential(conn.tenantId, conn.clientId, conn.clientSecret, {
    authorityHost: conn.authorityHost,
    disableInstanceDiscovery: true,
});
const client = new CertificateClient(conn.vaultUrl, credential, {
    serviceVersion: "7.5",
    disableChallengeResourceVerification: true,
});

let count = 0;
let pages = 0;
try {
    for await (const page of client.listPropertiesOfCertificates().byPage({ maxPageSize: 25 })) {
        pages++;
        count += page.length;
    }
} catch (e) {
    console.error(`list_sdk: ${e?.name ?? "Error"} ${e?.statusCode ?? ""}: ${e?.message ?? e}`);
    process.exit(1);
}
console.log(JSON.stringify({ count, pages }));
