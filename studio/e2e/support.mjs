// What every browser script shares: the server and artifact settings, calls straight to the gateway, the
// checks before starting (exit 2 without Chromium or a Dakora), Chromium in a throwaway profile, and the
// steps that print one line each and "N passed, N failed" at the end (exit 1 on a failed step).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const base = (process.env.STUDIO_URL ?? "http://localhost:54321").replace(/\/$/, "");
export const apiKey = process.env.STUDIO_API_KEY;
const chrome = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const artifacts = path.resolve(process.env.STUDIO_ARTIFACTS ?? path.join(import.meta.dirname, "..", "e2e-artifacts"));
mkdirSync(artifacts, { recursive: true });

/** A call straight to the gateway, for setting up and checking what the UI did. */
export function apiFetch(route, init = {}) {
  const headers = { ...(init.headers ?? {}), ...(apiKey ? { "X-API-Key": apiKey } : {}) };
  return fetch(`${base}${route}`, { ...init, headers });
}

export const postJson = (route, body) =>
  apiFetch(route, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

/** Exits 2 when Chromium is missing or no Dakora answers. */
export async function preflight() {
  if (!existsSync(chrome)) {
    console.log(`FAIL no Chromium at ${chrome}: install it with apt-get install -y chromium (or set CHROMIUM)`);
    process.exit(2);
  }
  const health = await fetch(`${base}/api/health`).catch((error) => error);
  if (health instanceof Error) {
    console.log(`FAIL no Dakora answers at ${base}: ${health.cause?.code ?? health.message}`);
    process.exit(2);
  }
}

const results = [];
let failureShot = async () => undefined;

/** Runs one step: "ok name (ms)" or "FAIL name: why", with a screenshot of the page on failure. */
export async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    await failureShot(results.length).catch(() => undefined);
  }
}

/** A step that could not run: it counts as failed, so the script never passes without it. */
export function notRun(name, why) {
  results.push({ name, ok: false });
  console.log(`NOT RUN ${name}: ${why}`);
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Waits until fn() returns a truthy value (polled), else fails with the last value it returned. */
export async function waitUntil(fn, message, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${message} (after ${timeout} ms, last: ${JSON.stringify(last)})`);
}

/** Prints the tally and exits: 1 when a step failed. */
export function finish() {
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/**
 * Chromium in a fresh profile at 1440×900. `shot(name, page?)` saves a full-page screenshot as
 * `<name>.png`; a failed step saves `<prefix>failure-<n>.png`. Uncaught page errors collect in
 * `pageErrors`. API requests slower than 5 s or failing are printed as they end ("slow GET /api/... 
 * 6123 ms"), so a step that timed out on the server shows which call kept it waiting.
 */
export async function launch(prefix, { presetApiKey = true } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), `studio-e2e-${prefix || "studio-"}`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chrome,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  if (apiKey && presetApiKey) await context.addInitScript((key) => localStorage.setItem("dakora.apiKey", key), apiKey);
  watchRequests(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  const shot = (name, target = page) => target.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  failureShot = (n) => shot(`${prefix}failure-${n}`);
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, pageErrors, shot, close };
}

function watchRequests(context) {
  const started = new Map();
  const label = (request) => `${request.method()} ${new URL(request.url()).pathname}${new URL(request.url()).search}`;
  const isApi = (request) => new URL(request.url()).pathname.startsWith("/api/");
  context.on("request", (request) => isApi(request) && started.set(request, Date.now()));
  context.on("requestfinished", (request) => {
    const took = Date.now() - (started.get(request) ?? Date.now());
    started.delete(request);
    if (took > 5_000) console.log(`     slow ${label(request)} ${took} ms`);
  });
  context.on("requestfailed", (request) => {
    if (!started.delete(request)) return;
    const why = request.failure()?.errorText ?? "failed";
    if (why !== "net::ERR_ABORTED") console.log(`     failed ${label(request)}: ${why}`);
  });
}
