// Runs scenario.mjs against a fresh certdeck-localvault ($CERTDECK_LOCALVAULT_BIN): starts the
// server on a free port with a temporary data dir, reads connection.json from the path it prints
// first, runs the scenario as a child process that trusts the server's CA (NODE_EXTRA_CA_CERTS is
// only read at process start), relays its output, then stops the server and removes the data dir.
// Exit code: the scenario's; 1 for any setup failure. Everything is bounded by OVERALL_TIMEOUT_MS.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const OVERALL_TIMEOUT_MS = 240_000;
const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

function fail(message) {
    console.log(`run-conformance: ${message}`);
    process.exit(1);
}

for (const pkg of ["@azure/keyvault-certificates", "@azure/identity"]) {
    if (!fs.existsSync(path.join(here, "node_modules", pkg, "package.json")))
        fail(`${pkg} is not installed in ${here}/node_modules: run packaging/install-deps.sh --tests (npm ci)`);
}
const bin = process.env.CERTDECK_LOCALVAULT_BIN;
if (!bin) fail("CERTDECK_LOCALVAULT_BIN is not set (path of the certdeck-localvault executable)");
try {
    fs.accessSync(bin, fs.constants.X_OK);
    if (!fs.statSync(bin).isFile()) throw new Error("not a file");
} catch {
    fail(`CERTDECK_LOCALVAULT_BIN=${bin} is not an executable file (build the certdeck-localvault target)`);
}

// One temporary root: data/ for the server, work/ for the scenario's openssl material.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "certdeck-conformance-"));
const dataDir = path.join(root, "data");
const workDir = path.join(root, "work");
fs.mkdirSync(dataDir, { mode: 0o700 });
fs.mkdirSync(workDir, { mode: 0o700 });
const serverLog = [];
let server = null;
let scenario = null;
let finishing = false;

function logServer(stream, line) {
    serverLog.push(`${stream}: ${line}`);
    if (serverLog.length > 200) serverLog.shift();
}

// Returns null when the server stopped by itself after SIGTERM (exit code 0 or killed by the
// signal), otherwise what went wrong (it ignored SIGTERM, or exited non-zero, e.g. a sanitizer report).
async function stopServer() {
    if (!server) return null;
    if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGTERM");
        const timer = new Promise((r) => setTimeout(() => r("timeout"), STOP_TIMEOUT_MS));
        if ((await Promise.race([exited, timer])) === "timeout") {
            server.kill("SIGKILL");
            await exited;
            return `the server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM`;
        }
    }
    if (server.exitCode === 0 || server.signalCode === "SIGTERM") return null;
    return `the server exited with ${server.signalCode ? `signal ${server.signalCode}` : `code ${server.exitCode}`}`;
}

async function finish(code, reason) {
    if (finishing) return;
    finishing = true;
    if (reason) console.log(`run-conformance: ${reason}`);
    if (scenario && scenario.exitCode === null && scenario.signalCode === null) scenario.kill("SIGKILL");
    const serverProblem = await stopServer();
    if (serverProblem) {
        console.log(`run-conformance: ${serverProblem}`);
        code = 1;
    }
    await new Promise((r) => setTimeout(r, 100)); // let the last server output lines arrive
    if (code !== 0 && serverLog.length > 0) {
        console.log("# last server output:");
        for (const line of serverLog.slice(-80)) console.log(`#   ${line}`);
    }
    fs.rmSync(root, { recursive: true, force: true });
    process.exit(code);
}

const overall = setTimeout(() => finish(1, `overall timeout of ${OVERALL_TIMEOUT_MS / 1000} s reached`), OVERALL_TIMEOUT_MS);
overall.unref();
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => finish(1, `interrupted by ${sig}`));

server = spawn(bin, ["--port", "0", "--data", dataDir, "--issuer-delay-ms", "1500"], {
    stdio: ["ignore", "pipe", "pipe"],
});
server.on("error", (e) => finish(1, `cannot start ${bin}: ${e.message}`));
readline.createInterface({ input: server.stderr }).on("line", (l) => logServer("stderr", l));
const stdoutLines = readline.createInterface({ input: server.stdout });

const firstLine = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), STARTUP_TIMEOUT_MS);
    let first = true;
    stdoutLines.on("line", (line) => {
        logServer("stdout", line);
        if (first) {
            first = false;
            clearTimeout(timer);
            resolve(line.trim());
        }
    });
    server.once("exit", (code, signal) => {
        clearTimeout(timer);
        resolve(undefined);
        if (!finishing) logServer("exit", `code ${code} signal ${signal}`);
    });
});
if (firstLine === null) await finish(1, `the server printed nothing within ${STARTUP_TIMEOUT_MS / 1000} s`);
if (firstLine === undefined) await finish(1, "the server exited before printing the connection file path");
if (!path.isAbsolute(firstLine)) await finish(1, `the server's first line is not an absolute path: ${JSON.stringify(firstLine)}`);
if (path.resolve(firstLine) !== path.join(fs.realpathSync(dataDir), "connection.json") &&
    path.resolve(firstLine) !== path.join(dataDir, "connection.json"))
    await finish(1, `the connection file ${firstLine} is not <data>/connection.json (${dataDir})`);

let conn;
try {
    conn = JSON.parse(fs.readFileSync(firstLine, "utf8"));
} catch (e) {
    await finish(1, `cannot read ${firstLine}: ${e.message}`);
}
if (typeof conn.caCertificate !== "string" || !fs.existsSync(conn.caCertificate))
    await finish(1, `connection.json caCertificate ${conn.caCertificate} does not exist`);

const env = { ...process.env, NODE_EXTRA_CA_CERTS: conn.caCertificate, CONNECTION_FILE: firstLine, CONFORMANCE_WORK_DIR: workDir };
delete env.NODE_TLS_REJECT_UNAUTHORIZED; // TLS must verify against the local CA, never be disabled
scenario = spawn(process.execPath, [path.join(here, "scenario.mjs")], { cwd: here, env, stdio: ["ignore", "inherit", "inherit"] });
scenario.on("error", (e) => finish(1, `cannot start the scenario: ${e.message}`));
scenario.on("exit", (code, signal) =>
    finish(code === 0 ? 0 : 1, code === 0 ? null : `scenario exited with ${signal ? `signal ${signal}` : `code ${code}`}`));
