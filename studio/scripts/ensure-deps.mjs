// Runs `npm ci` only when node_modules is missing or package-lock.json changed since the last install.
// The lock file's SHA-256 is kept in node_modules/.studio-lock.sha256 after a successful install.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const lock = path.join(root, "package-lock.json");
const stamp = path.join(root, "node_modules", ".studio-lock.sha256");
const hash = createHash("sha256").update(readFileSync(lock)).digest("hex");

if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === hash) {
  console.log("studio: node_modules matches package-lock.json, skipping npm ci");
} else {
  console.log("studio: running npm ci");
  execSync("npm ci --no-audit --no-fund", { cwd: root, stdio: "inherit" });
  writeFileSync(stamp, hash + "\n");
}
