// Certdeck local Key Vault conformance scenario: drives the official Azure SDK for JavaScript
// (@azure/keyvault-certificates + @azure/identity, versions pinned by package-lock.json) against a
// running certdeck-localvault. Started by run-conformance.mjs with CONNECTION_FILE (the server's
// connection.json) and NODE_EXTRA_CA_CERTS (its local CA), so TLS is verified as usual.
// Prints "ok - <step>" / "not ok - <step>: <reason>" per step, then "N passed, M failed"; a failed
// step is followed by its last HTTP exchanges ("#" lines). CONFORMANCE_TRACE=1 prints every exchange.
import { ClientSecretCredential } from "@azure/identity";
import { CertificateClient } from "@azure/keyvault-certificates";
import { execFileSync } from "node:child_process";
import { X509Certificate, createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const STEP_TIMEOUT_MS = 60_000;
const POLL_MS = 200;

// ---------- HTTP trace, printed for the step that failed ----------
const trace = [];
let traceSeq = 0;
const redact = (s) =>
    String(s ?? "")
        .replace(/(client_secret|client_assertion)=[^&]*/g, "$1=***")
        .replace(/"access_token"\s*:\s*"[^"]*"/g, '"access_token":"***"')
        .replace(/"pwd"\s*:\s*"[^"]*"/g, '"pwd":"***"');
const clip = (s, n = 700) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);
const tracePolicy = {
    name: "conformanceTrace",
    async sendRequest(request, next) {
        const entry = {
            seq: ++traceSeq,
            method: request.method,
            url: request.url,
            body: typeof request.body === "string" ? request.body : request.body ? "[binary body]" : "",
        };
        trace.push(entry);
        if (trace.length > 400) trace.shift();
        try {
            const response = await next(request);
            entry.status = response.status;
            entry.responseBody = response.bodyAsText ?? "";
            entry.wwwAuthenticate = response.headers.get("www-authenticate");
            if (process.env.CONFORMANCE_TRACE) printEntry(entry);
            return response;
        } catch (e) {
            entry.error = String(e?.message ?? e);
            throw e;
        }
    },
};
const traceOptions = { additionalPolicies: [{ policy: tracePolicy, position: "perRetry" }] };

function printEntry(e) {
    console.log(`#   > ${e.method} ${e.url}${e.body ? ` ${clip(redact(e.body))}` : ""}`);
    if (e.error) console.log(`#   < (no response) ${e.error}`);
    else
        console.log(
            `#   < ${e.status}${e.wwwAuthenticate ? ` [WWW-Authenticate: ${e.wwwAuthenticate}]` : ""} ${clip(redact(e.responseBody))}`,
        );
}
function printTrace(fromSeq) {
    if (process.env.CONFORMANCE_TRACE) return; // already printed as it happened
    for (const e of trace.filter((x) => x.seq > fromSeq).slice(-6)) printEntry(e);
}

// ---------- tiny assertion and step helpers ----------
class Failure extends Error {}
function check(cond, message) {
    if (!cond) throw new Failure(message);
}
const hex = (u8) => (u8 ? Buffer.from(u8).toString("hex") : "<none>");
const sameBytes = (a, b) => !!a && !!b && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function describeError(e) {
    if (e instanceof Failure) return e.message;
    if (e?.name === "RestError") {
        const req = e.request ? ` (${e.request.method} ${e.request.url})` : "";
        return `RestError ${e.statusCode ?? "?"} ${e.code ?? ""}: ${e.message}${req}`;
    }
    return `${e?.name ?? "Error"}: ${e?.message ?? e}`;
}

let passed = 0;
let failed = 0;
async function step(name, fn, timeoutMs = STEP_TIMEOUT_MS) {
    const fromSeq = traceSeq;
    let timer;
    try {
        await Promise.race([
            fn(),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Failure(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
            }),
        ]);
        passed++;
        console.log(`ok - ${name}`);
    } catch (e) {
        failed++;
        console.log(`not ok - ${name}: ${describeError(e).replace(/\s*\n\s*/g, " ")}`);
        printTrace(fromSeq);
    } finally {
        clearTimeout(timer);
    }
}

async function expectRestError(promise, statusCode) {
    try {
        await promise;
    } catch (e) {
        check(e?.name === "RestError", `expected a RestError ${statusCode}, got ${describeError(e)}`);
        check(e.statusCode === statusCode, `expected HTTP ${statusCode}, got ${describeError(e)}`);
        return e;
    }
    throw new Failure(`expected HTTP ${statusCode}, but the call succeeded`);
}

// ---------- openssl helpers (throwaway material in a private temp dir) ----------
const ownWork = !process.env.CONFORMANCE_WORK_DIR; // the runner removes the dir it passes
const work = process.env.CONFORMANCE_WORK_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "certdeck-conformance-"));
const at = (f) => path.join(work, f);
function openssl(...args) {
    try {
        return execFileSync("openssl", args, { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
        throw new Failure(`openssl ${args.join(" ")} failed: ${e.stderr?.toString().trim() ?? e.message}`);
    }
}
function selfSignedPfx(base, subject, password, keyArgs) {
    openssl("req", "-x509", ...keyArgs, "-nodes", "-keyout", at(`${base}.key`), "-out", at(`${base}.pem`),
        "-subj", subject, "-days", "30", "-addext", "keyUsage=critical,digitalSignature,keyEncipherment");
    openssl("pkcs12", "-export", "-inkey", at(`${base}.key`), "-in", at(`${base}.pem`),
        "-passout", `pass:${password}`, "-out", at(`${base}.pfx`));
    return {
        pfx: fs.readFileSync(at(`${base}.pfx`)),
        cert: new X509Certificate(fs.readFileSync(at(`${base}.pem`))),
    };
}

// ---------- setup ----------
const connectionFile = process.env.CONNECTION_FILE;
if (!connectionFile) {
    console.log("not ok - setup: CONNECTION_FILE is not set (run this through run-conformance.mjs)");
    console.log("0 passed, 1 failed");
    process.exit(1);
}
const conn = JSON.parse(fs.readFileSync(connectionFile, "utf8"));
const run = `cf${Date.now().toString(36)}${randomBytes(2).toString("hex")}`; // unique certificate name prefix

function makeClient(principal) {
    const credential = new ClientSecretCredential(conn.tenantId, principal.clientId, principal.clientSecret, {
        authorityHost: conn.authorityHost,
        disableInstanceDiscovery: true,
        ...traceOptions,
    });
    return new CertificateClient(conn.vaultUrl, credential, {
        serviceVersion: "7.5",
        disableChallengeResourceVerification: true,
        ...traceOptions,
    });
}

const selfPolicy = (cn) => ({
    issuerName: "Self",
    subject: `CN=${cn}`,
    subjectAlternativeNames: { dnsNames: [cn] },
    validityInMonths: 12,
});

let client;

await step("connection.json is complete and private (mode 0600)", async () => {
    const mode = fs.statSync(connectionFile).mode & 0o777;
    check(mode === 0o600, `mode is ${mode.toString(8)}, expected 600`);
    for (const k of ["vaultUrl", "tenantId", "authorityHost", "tokenEndpoint", "clientId", "clientSecret", "caCertificate"])
        check(typeof conn[k] === "string" && conn[k].length > 0, `missing field ${k}`);
    check(conn.vaultUrl.startsWith("https://"), `vaultUrl is not https: ${conn.vaultUrl}`);
    check(Array.isArray(conn.principals), "missing principals[]");
    check(conn.principals.some((p) => p.name === "reader" && p.clientId && p.clientSecret), "no reader principal");
    check(fs.existsSync(conn.caCertificate), `caCertificate ${conn.caCertificate} does not exist`);
    client = makeClient(conn);
});
client ??= makeClient(conn);

// 1. Self-issued certificate through the create poller.
const selfName = `${run}-self`;
await step("create with issuer Self and poll to completion; getCertificate returns it", async () => {
    const poller = await client.beginCreateCertificate(selfName, selfPolicy("self.conformance.test"), { intervalInMs: POLL_MS });
    const created = await poller.pollUntilDone();
    check(created.name === selfName, `name is ${created.name}`);
    check(created.cer?.length > 0, "result has no cer");
    check(created.properties.x509Thumbprint?.length === 20, `x5t is ${hex(created.properties.x509Thumbprint)}`);
    check(created.policy, "result has no policy");
    check(created.policy.issuerName === "Self", `policy.issuerName is ${created.policy.issuerName}`);
    const x = new X509Certificate(Buffer.from(created.cer));
    check(x.subject.includes("CN=self.conformance.test"), `cer subject is ${x.subject}`);
    const sha1 = createHash("sha1").update(Buffer.from(created.cer)).digest("hex");
    check(hex(created.properties.x509Thumbprint) === sha1, `x5t ${hex(created.properties.x509Thumbprint)} != SHA-1(cer) ${sha1}`);
    const got = await client.getCertificate(selfName);
    check(sameBytes(got.cer, created.cer), "getCertificate returned a different cer");
    check(got.properties.version === created.properties.version,
        `getCertificate version ${got.properties.version} != created ${created.properties.version}`);
    check(got.policy?.issuerName === "Self", "getCertificate has no policy with issuer Self");
});

// 2. Issuer "Unknown": the CSR is signed outside the vault and merged back.
await step("create with issuer Unknown, sign the CSR outside the vault, mergeCertificate", async () => {
    const name = `${run}-merge`;
    const cn = "merge.conformance.test";
    await client.beginCreateCertificate(name, {
        issuerName: "Unknown",
        subject: `CN=${cn}`,
        subjectAlternativeNames: { dnsNames: [cn] },
    }, { intervalInMs: POLL_MS });
    const opPoller = await client.getCertificateOperation(name, { intervalInMs: POLL_MS });
    const op = opPoller.getOperationState().certificateOperation;
    check(op, "getCertificateOperation poller has no certificateOperation");
    check(op.status === "inProgress", `operation status is ${op.status}, expected inProgress`);
    check(op.csr?.length > 0, "operation has no csr");
    check(op.issuerName === "Unknown", `operation issuerName is ${op.issuerName}`);

    fs.writeFileSync(at("merge.csr.der"), Buffer.from(op.csr));
    openssl("req", "-inform", "DER", "-in", at("merge.csr.der"), "-out", at("merge.csr.pem"));
    const csrText = openssl("req", "-in", at("merge.csr.pem"), "-noout", "-verify", "-text").toString();
    check(csrText.includes(cn), "the CSR does not name the requested subject / DNS SAN");
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", at("extca.key"), "-out", at("extca.pem"),
        "-subj", "/CN=Conformance External CA", "-days", "30",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    openssl("x509", "-req", "-in", at("merge.csr.pem"), "-CA", at("extca.pem"), "-CAkey", at("extca.key"),
        "-set_serial", `0x${randomBytes(8).toString("hex")}`, "-days", "30", "-copy_extensions", "copy",
        "-outform", "DER", "-out", at("merge.leaf.der"));
    const leafDer = fs.readFileSync(at("merge.leaf.der"));
    const caDer = new X509Certificate(fs.readFileSync(at("extca.pem"))).raw;

    const merged = await client.mergeCertificate(name, [leafDer, caDer]);
    check(sameBytes(merged.cer, leafDer), "mergeCertificate result cer is not the signed leaf");
    const got = await client.getCertificate(name);
    check(sameBytes(got.cer, leafDer), "getCertificate cer after merge is not the signed leaf");
    const sha1 = createHash("sha1").update(leafDer).digest("hex");
    check(hex(got.properties.x509Thumbprint) === sha1, `x5t ${hex(got.properties.x509Thumbprint)} != SHA-1(leaf) ${sha1}`);
});

// 3. Named issuer with provider "Test" stays inProgress for issuer-delay-ms; cancel it meanwhile.
await step("cancel an inProgress operation (issuer provider Test) ends cancelled", async () => {
    const name = `${run}-cancel`;
    const issuer = await client.createIssuer("localtest", "Test");
    // (the SDK derives issuer.name from the id's 2nd segment, i.e. "issuers"; check the id instead)
    check(/\/certificates\/issuers\/localtest$/.test(issuer.id ?? ""), `createIssuer returned id ${issuer.id}`);
    check(issuer.provider === "Test", `createIssuer returned provider ${issuer.provider}`);
    const poller = await client.beginCreateCertificate(name, {
        issuerName: "localtest",
        subject: "CN=cancel.conformance.test",
    }, { intervalInMs: POLL_MS });
    const before = (await client.getCertificateOperation(name)).getOperationState().certificateOperation;
    check(before?.status === "inProgress", `status before cancelling is ${before?.status}, expected inProgress`);
    await poller.cancelOperation();
    const deadline = Date.now() + 15_000;
    let op;
    for (;;) {
        op = (await client.getCertificateOperation(name)).getOperationState().certificateOperation;
        if (op.status !== "inProgress" || Date.now() > deadline) break;
        await sleep(POLL_MS);
    }
    check(op.status === "cancelled", `final status is ${op.status}, expected cancelled`);
    check(op.cancellationRequested === true, `cancellationRequested is ${op.cancellationRequested}`);
});

// 4. PFX import with a password.
await step("importCertificate of a password-protected PFX; x5t is its SHA-1 thumbprint", async () => {
    const name = `${run}-pfx`;
    const { pfx, cert } = selfSignedPfx("import", "/CN=pfx.conformance.test", "Conf0rmance!", ["-newkey", "rsa:2048"]);
    const imported = await client.importCertificate(name, pfx, { password: "Conf0rmance!" });
    const thumb = cert.fingerprint.replace(/:/g, "").toLowerCase();
    check(hex(imported.properties.x509Thumbprint) === thumb, `x5t ${hex(imported.properties.x509Thumbprint)} != PFX thumbprint ${thumb}`);
    check(sameBytes(imported.cer, cert.raw), "imported cer is not the PFX certificate");
    const got = await client.getCertificate(name);
    check(hex(got.properties.x509Thumbprint) === thumb, "getCertificate x5t differs from the PFX thumbprint");
});

// 5. Paging: 61+ certificates, listed 25 per page.
// PFX imports (no policy): @azure/keyvault-certificates 4.10.3 does not send importCertificate's
// options.policy, so PEM imports (which need contentType application/x-pem-file) cannot be used.
await step("61 certificates are listed across 3+ pages of at most 25, each exactly once", async () => {
    const { pfx } = selfSignedPfx("page", "/CN=page.conformance.test", "pagepw", ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]);
    const names = Array.from({ length: 61 }, (_, i) => `${run}-page-${String(i).padStart(2, "0")}`);
    const queue = [...names];
    await Promise.all(Array.from({ length: 6 }, async () => {
        for (let n = queue.shift(); n; n = queue.shift()) await client.importCertificate(n, pfx, { password: "pagepw" });
    }));
    const seen = new Map();
    let pages = 0;
    for await (const page of client.listPropertiesOfCertificates().byPage({ maxPageSize: 25 })) {
        pages++;
        check(page.length <= 25, `page ${pages} has ${page.length} items (maxresults=25)`);
        for (const p of page) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
        check(pages <= 100, "more than 100 pages: nextLink loops?");
    }
    check(pages >= 3, `only ${pages} page(s)`);
    const missing = names.filter((n) => !seen.has(n));
    const repeated = [...seen].filter(([, c]) => c > 1).map(([n]) => n);
    check(missing.length === 0, `${missing.length} created name(s) not listed, e.g. ${missing.slice(0, 3).join(", ")}`);
    check(repeated.length === 0, `listed more than once: ${repeated.slice(0, 3).join(", ")}`);
}, 120_000);

// 6. Versions.
await step("getCertificateVersion and listPropertiesOfCertificateVersions with 2 versions", async () => {
    const name = `${run}-versions`;
    const first = await (await client.beginCreateCertificate(name, selfPolicy("v.conformance.test"), { intervalInMs: POLL_MS })).pollUntilDone();
    const second = await (await client.beginCreateCertificate(name, selfPolicy("v.conformance.test"), { intervalInMs: POLL_MS })).pollUntilDone();
    const v1 = first.properties.version;
    const v2 = second.properties.version;
    check(v1 && v2 && v1 !== v2, `versions are ${v1} and ${v2}`);
    const old = await client.getCertificateVersion(name, v1);
    check(old.properties.version === v1, `getCertificateVersion returned version ${old.properties.version}`);
    check(sameBytes(old.cer, first.cer), "getCertificateVersion cer differs from the first version's");
    const latest = await client.getCertificate(name);
    check(latest.properties.version === v2, `getCertificate returned version ${latest.properties.version}, expected latest ${v2}`);
    const versions = [];
    for await (const p of client.listPropertiesOfCertificateVersions(name)) versions.push(p.version);
    check(versions.includes(v1) && versions.includes(v2), `listed versions ${versions.join(", ")} lack ${v1} or ${v2}`);
    check(versions.length === 2, `listed ${versions.length} versions, expected 2`);
});

// 7. Soft delete, recover, purge.
await step("delete, listDeleted, recover, delete again, purge; then getDeletedCertificate is 404", async () => {
    const name = `${run}-del`;
    await (await client.beginCreateCertificate(name, selfPolicy("del.conformance.test"), { intervalInMs: POLL_MS })).pollUntilDone();
    const deleted = await (await client.beginDeleteCertificate(name, { intervalInMs: POLL_MS })).pollUntilDone();
    check(deleted.name === name, `deleted certificate name is ${deleted.name}`);
    check(deleted.recoveryId, "deleted certificate has no recoveryId");
    let listed = false;
    for await (const d of client.listDeletedCertificates()) if (d.name === name) listed = true;
    check(listed, "listDeletedCertificates does not contain it");
    await expectRestError(client.getCertificate(name), 404);
    await (await client.beginRecoverDeletedCertificate(name, { intervalInMs: POLL_MS })).pollUntilDone();
    const back = await client.getCertificate(name);
    check(back.name === name && back.cer?.length > 0, "getCertificate after recovery returned no certificate");
    await (await client.beginDeleteCertificate(name, { intervalInMs: POLL_MS })).pollUntilDone();
    await client.purgeDeletedCertificate(name);
    // Azure purges asynchronously; allow a short, bounded settle time.
    const deadline = Date.now() + 5_000;
    for (;;) {
        try {
            await client.getDeletedCertificate(name);
        } catch (e) {
            check(e?.name === "RestError" && e.statusCode === 404, `getDeletedCertificate after purge: ${describeError(e)}`);
            break;
        }
        check(Date.now() < deadline, "getDeletedCertificate still succeeds 5 s after purge");
        await sleep(POLL_MS);
    }
});

// 8. Access policy: the reader principal has certificates get+list only.
await step("reader principal: create is 403 Forbidden naming 'certificates create'; list works", async () => {
    const reader = conn.principals.find((p) => p.name === "reader");
    check(reader, "no reader principal in connection.json");
    const readerClient = makeClient(reader);
    const e = await expectRestError(readerClient.beginCreateCertificate(`${run}-reader`, selfPolicy("reader.conformance.test")), 403);
    check(e.code === "Forbidden", `error code is ${e.code}, expected Forbidden`);
    check(/certificates create/i.test(e.message), `message does not name the missing permission: ${e.message}`);
    let firstPage = [];
    for await (const page of readerClient.listPropertiesOfCertificates().byPage({ maxPageSize: 25 })) {
        firstPage = page;
        break;
    }
    check(firstPage.length > 0, "reader listed no certificates");
    const got = await readerClient.getCertificate(firstPage[0].name);
    check(got.name === firstPage[0].name, `reader getCertificate returned ${got.name}`);
});

if (ownWork) fs.rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
