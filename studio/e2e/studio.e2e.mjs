// Browser end-to-end test of the Studio against a running Dakora with its job pipeline (workers, Kafka,
// log sink), in Debian's Chromium via playwright-core. Compare and batches run on the built-in echo model.
//   STUDIO_URL=http://localhost:54321 npm run e2e
// With STUDIO_API_KEY set, the server is expected to require that key: the first 401 must prompt for it.
// Screenshots of each screen (and the downloaded batch CSV) go to STUDIO_ARTIFACTS, by default
// e2e-artifacts/. Prints "N passed, N failed" and exits 1 on a failed step, 2 when it cannot start.
import { readFileSync } from "node:fs";
import path from "node:path";
import { apiFetch, artifacts, base, apiKey, check, finish, launch, preflight, step, waitUntil } from "./support.mjs";

await preflight();

/** The perceived lightness (0 black to 1 white) of a computed CSS colour: oklch(L …) or rgb(r, g, b). */
function lightness(color) {
  const oklch = /oklch\(([\d.]+)(%?)/.exec(color);
  if (oklch) return Number(oklch[1]) / (oklch[2] ? 100 : 1);
  const rgb = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(color);
  if (!rgb) throw new Error(`not a colour: ${color}`);
  const [r, g, b] = rgb.slice(1).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Ticks echo in the model list served by /api/models and types echo/b by name. */
async function chooseTwoEchoModels() {
  await page.getByRole("checkbox", { name: "echo", exact: true }).click();
  await page.getByLabel("Add a model by name").fill("echo/b");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const chosen = await page.getByLabel("Chosen models").innerText();
  check(chosen.includes("echo") && chosen.includes("echo/b"), `chosen models: ${chosen}`);
}

// The key prompt is part of what this script checks, so the key is not preset.
const { context, page, pageErrors: consoleErrors, shot, close } = await launch("", { presetApiKey: false });

const id = `e2e-${Date.now().toString(36)}`;
const loopId = `${id}-loop`;
const typedId = `${id}-typed`;
const BATCH_ROWS = 20;
const CSV_HEADER = "row_index,inputs,model,provider,output,tokens_in,tokens_out,cost_usd,latency_ms,error";
let compareJobId;
let batchId;
let failingBatchId;

try {
  if (apiKey) {
    await step("a 401 prompts for the API key, which then unlocks the list", async () => {
      await page.goto(`${base}/templates`);
      const dialog = page.getByRole("dialog");
      await dialog.getByText("This server requires an API key").waitFor();
      await shot("00-api-key-prompt");
      await dialog.getByLabel("Key").fill(apiKey);
      await dialog.getByRole("button", { name: "Save key" }).click();
      await page.getByRole("link", { name: "greeting", exact: true }).waitFor();
      check(!(await dialog.isVisible()), "the key dialog is still open");
    });
  }

  await step("the root opens the template list", async () => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/templates$/);
    await page.getByRole("heading", { name: "Templates" }).waitFor();
    await page.getByRole("link", { name: "greeting", exact: true }).waitFor();
    await shot("01-templates");
  });

  await step("search narrows the list by id, description or tag", async () => {
    await page.getByLabel("Search templates by id, description or tag").fill("greet");
    await page.getByRole("link", { name: "greeting", exact: true }).waitFor();
    const rows = await page.locator("tbody tr").count();
    check(rows >= 1, "no row matched 'greet'");
    await page.getByLabel("Search templates by id, description or tag").fill("zzz-no-such-template");
    await page.getByText("No template matches").waitFor();
    await page.getByLabel("Search templates by id, description or tag").fill("");
  });

  await step("a client route loads directly (index.html fallback)", async () => {
    await page.goto(`${base}/templates/greeting`);
    await page.getByRole("heading", { name: "greeting" }).waitFor();
  });

  await step("create a template with the form", async () => {
    await page.goto(`${base}/templates`);
    await page.getByRole("link", { name: "New template" }).click();
    await page.locator("[data-testid='editor-template'] .cm-content").waitFor();
    await page.getByLabel("Id").fill(id);
    await page.getByLabel("Description").fill("Created by the browser test");
    await page.getByLabel("Tags (comma separated)").fill("e2e, demo");
    const editor = page.locator("[data-testid='editor-template'] .cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Hello {{ name }} from {{ city }}!");
    await page.getByRole("button", { name: "Add input" }).click();
    await page.getByLabel("Input 2 name").fill("city");
    await page.getByLabel("Input 2 required").click();
    await page.getByLabel("Input 2 default").fill("Paris");
    await shot("02-new-template");
    check((await page.getByLabel("Id").inputValue()) === id, "the Id field lost what was typed");
    await page.getByRole("button", { name: "Create template" }).click();
    await page.waitForURL(new RegExp(`/templates/${id}$`));
    await page.getByRole("heading", { name: id }).waitFor();
  });

  await step("the live preview follows the inputs as you type", async () => {
    const preview = page.getByTestId("render-preview");
    await page.getByRole("alert").filter({ hasText: "name is required" }).waitFor();
    await page.getByRole("textbox", { name: /^name/ }).fill("Ada");
    await preview.filter({ hasText: "Hello Ada from Paris!" }).waitFor();
    await page.getByRole("textbox", { name: /^city/ }).fill("Lyon");
    await preview.filter({ hasText: "Hello Ada from Lyon!" }).waitFor();
    await shot("03-editor-preview");
  });

  await step("the YAML view shows the saved template", async () => {
    await page.getByRole("tab", { name: "YAML" }).click();
    const yaml = page.locator("[data-testid='editor-yaml'] .cm-content");
    await yaml.filter({ hasText: `id: ${id}` }).waitFor();
    await shot("04-editor-yaml");
    await page.getByRole("tab", { name: "Form" }).click();
  });

  await step("a render error shows inline", async () => {
    const created = await apiFetch("/api/templates", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        id: loopId,
        template: "{% for i in range(n) %}.{% endfor %}",
        inputs: { n: { type: "number", required: true, default: 3 } },
      }),
    });
    check(created.status === 201, `creating ${loopId} answered ${created.status}`);
    await page.goto(`${base}/templates/${loopId}`);
    await page.getByTestId("render-preview").filter({ hasText: "..." }).waitFor();
    await page.getByRole("textbox", { name: /^n/ }).fill("100000000");
    await page.getByTestId("render-error").waitFor();
    await shot("05-render-error");
  });

  await step("save a new version from the editor", async () => {
    await page.goto(`${base}/templates/${id}`);
    await page.getByLabel("Description").fill("Changed by the browser test");
    await page.getByRole("button", { name: "Save new version" }).click();
    await page.getByText("Changed by the browser test").first().waitFor();
    const answer = await (await apiFetch(`/api/templates/${id}`)).json();
    check(answer.version === "1.0.1", `expected version 1.0.1, got ${answer.version}`);
  });

  await step("versions: history, diff and moving a label", async () => {
    await page.getByRole("link", { name: "Versions" }).click();
    await page.waitForURL(new RegExp(`/templates/${id}/versions$`));
    await page.getByRole("cell", { name: "1.0.1", exact: true }).waitFor();
    await page.getByRole("cell", { name: "1.0.0", exact: true }).waitFor();
    const diff = page.getByTestId("version-diff");
    await diff.getByText("Changed by the browser test").waitFor();
    await diff.getByText("Created by the browser test").waitFor();
    await page.getByLabel("Label", { exact: true }).fill("production");
    await page.getByLabel("Version", { exact: true }).selectOption("1.0.0");
    await page.getByRole("button", { name: "Move label" }).click();
    await page.getByText("production now points at 1.0.0.").waitFor();
    const pinned = await (await apiFetch(`/api/templates/${id}?label=production`)).json();
    check(pinned.version === "1.0.0", `production should be 1.0.0, got ${pinned.version}`);
    await shot("06-versions");
  });

  await step("restore an old version as a new one", async () => {
    await page.getByRole("button", { name: "Restore version 1.0.0 as a new version" }).click();
    await page.getByText("Version 1.0.0 saved again as 1.0.2.").waitFor();
    const answer = await (await apiFetch(`/api/templates/${id}`)).json();
    check(answer.description === "Created by the browser test", `restored description is ${answer.description}`);
  });

  await step("compare two echo models: both columns fill live over /ws/events", async () => {
    const frames = [];
    const follow = (socket) => {
      if (socket.url().includes("/ws/events?job_id=")) socket.on("framereceived", (frame) => frames.push(JSON.parse(frame.payload)));
    };
    page.on("websocket", follow);
    try {
      await page.goto(`${base}/compare?template=${id}`);
      await page.getByRole("heading", { name: "Compare" }).waitFor();
      await page.getByRole("textbox", { name: /^name/ }).fill("Ada");
      await chooseTwoEchoModels();
      await page.getByRole("button", { name: "Run comparison" }).click();
      for (const model of ["echo", "echo/b"]) {
        const column = page.getByTestId(`column-${model}`);
        await column.locator("pre").filter({ hasText: "Hello Ada from Paris!" }).waitFor();
        const tokens = await column.getByTestId("tokens").innerText();
        const cost = await column.getByTestId("cost").innerText();
        const latency = await column.getByTestId("latency").innerText();
        check(/^[1-9]\d*→[1-9]\d*$/.test(tokens), `${model} tokens: ${tokens}`);
        check(cost === "$0", `${model} cost: ${cost}`);
        check(/^\d+ ms$/.test(latency), `${model} latency: ${latency}`);
      }
      await page.getByTestId("compare-via").filter({ hasText: "filled live" }).waitFor();
      const summary = await page.getByTestId("compare-summary").innerText();
      check(summary.includes("2 ok · 0 failed"), `summary: ${summary}`);
      compareJobId = /job (\S+)/.exec(summary)?.[1];
      check(compareJobId, `no job id in the summary: ${summary}`);
      const calls = frames.filter((f) => f.type === "call.completed").map((f) => f.model);
      check(calls.includes("echo") && calls.includes("echo/b"), `call.completed frames for: ${calls.join(", ")}`);
      check(frames.at(-1)?.type === "job.completed" && frames.at(-1)?.job_type === "compare",
        `last frame: ${JSON.stringify(frames.at(-1))}`);
      await shot("07-compare");
    } finally {
      page.off("websocket", follow);
    }
    const job = await (await apiFetch(`/api/jobs/${compareJobId}`)).json();
    check(job.status === "completed" && job.result?.results?.length === 2, `job ${compareJobId}: ${JSON.stringify(job)}`);
  });

  await step("the batches screen shows the server's check of each pasted row", async () => {
    await page.goto(`${base}/batches`);
    await page.getByLabel("Template").selectOption(id);
    await page.getByLabel("Input rows").fill("name,city\nAda,Lyon\n,Rome\nBob,\n");
    await page.getByTestId("row-preview").getByText("1 invalid: fix them to submit").waitFor();
    await page.getByTestId("row-preview").getByText("name is required").waitFor();
    await page.getByRole("button", { name: "Submit 3 rows × 0 models" }).waitFor();
    await shot("08-batch-rows-checked");
  });

  await step("the Studio shows what the API decides for a 'true' string cell and a JSON object cell", async () => {
    const created = await apiFetch("/api/templates", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ id: typedId, template: "{{ label }} {{ meta }}",
        inputs: { label: { type: "string" }, meta: { type: "object", required: false } } }),
    });
    check(created.status === 201, `creating ${typedId}: HTTP ${created.status}`);
    const rows = 'label,meta\ntrue,\nAda,"{""k"": 1}"\n';
    const api = await (await apiFetch(`/api/batches?dry_run=true&template_id=${typedId}`, {
      method: "POST", headers: { "Content-Type": "text/csv" }, body: rows })).json();
    const submitted = await apiFetch(`/api/batches?template_id=${typedId}&models=echo`, {
      method: "POST", headers: { "Content-Type": "text/csv" }, body: rows });
    check(submitted.status === 422, `the submission of the same rows answered ${submitted.status}`);
    check(api.rows[0].inputs.label === "true" && api.rows[1].errors[0].field === "meta", `dry run: ${JSON.stringify(api)}`);
    await page.reload();
    await page.getByLabel("Template").selectOption(typedId);
    await page.getByLabel("Input rows").fill(rows);
    const preview = page.getByTestId("row-preview");
    await preview.getByText("1 invalid: fix them to submit").waitFor();
    const first = preview.locator("tbody tr").nth(0);
    const second = preview.locator("tbody tr").nth(1);
    check((await first.locator("td").nth(2).innerText()) === api.rows[0].inputs.label, `row 1: ${await first.innerText()}`);
    const error = `${api.rows[1].errors[0].field} ${api.rows[1].errors[0].message}`;
    await second.getByText(error).waitFor();
    await shot("08b-batch-rows-server-check");
    await page.getByLabel("Template").selectOption(id);
  });

  await step(`a ${BATCH_ROWS}-row batch pasted as CSV reaches 100% with its grid filled`, async () => {
    const rows = Array.from({ length: BATCH_ROWS }, (_, i) => `Row${i},City${i}`);
    await page.getByLabel("Input rows").fill(["name,city", ...rows].join("\n"));
    await page.getByTestId("row-preview").getByText(`${BATCH_ROWS} rows read as CSV`).waitFor();
    await page.getByTestId("row-preview").getByText("all valid").waitFor();
    await chooseTwoEchoModels();
    await page.getByLabel("Name (optional)").fill(`${id} batch`);
    await page.getByRole("button", { name: `Submit ${BATCH_ROWS} rows × 2 models` }).click();
    await page.waitForURL(/\/batches\/[^/]+$/);
    batchId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
    await page.getByTestId("batch-percent").filter({ hasText: /^100%$/ }).waitFor({ timeout: 90_000 });
    await page.getByTestId("batch-counts").filter({ hasText: `${2 * BATCH_ROWS}/${2 * BATCH_ROWS} calls · ${BATCH_ROWS}/${BATCH_ROWS} rows done` }).waitFor();
    const grid = page.getByTestId("batch-grid");
    await waitUntil(async () => (await grid.locator("tbody tr").count()) === BATCH_ROWS, `${BATCH_ROWS} grid rows`);
    const headers = await grid.locator("thead th").allInnerTexts();
    check(headers.join("|") === "Row|Inputs|echo|echo/b", `grid columns: ${headers.join(", ")}`);
    await waitUntil(async () => (await grid.locator("tbody td").filter({ hasText: /^…$/ }).count()) === 0, "every cell filled");
    const last = grid.locator("tbody tr").filter({ hasText: `Row${BATCH_ROWS - 1}` });
    check((await last.getByText(`Hello Row${BATCH_ROWS - 1} from City${BATCH_ROWS - 1}!`).count()) === 2, "the last row lacks an answer");
    await shot("09-batch-done");
    const batch = await (await apiFetch(`/api/batches/${batchId}`)).json();
    check(batch.status === "completed" && batch.completed_calls === 2 * BATCH_ROWS, `batch ${batchId}: ${JSON.stringify(batch)}`);
    await page.getByRole("heading", { name: `${id} batch` }).waitFor();
    check(await page.getByRole("button", { name: "Cancel" }).isDisabled(), "Cancel is enabled on a completed batch");
  });

  await step("the batch is listed under recent batches from the server", async () => {
    await page.getByRole("link", { name: "New batch" }).click();
    const listed = page.getByTestId("recent-batches").getByRole("link", { name: `${id} batch` });
    await listed.waitFor();
    const list = await (await apiFetch(`/api/batches?template_id=${id}`)).json();
    check(list.items.length === 1 && list.items[0].batch_id === batchId && list.items[0].status === "completed",
      `GET /api/batches: ${JSON.stringify(list)}`);
    await shot("09b-recent-batches");
    await listed.click();
    await page.waitForURL(new RegExp(`/batches/${batchId}$`));
    await page.getByTestId("batch-percent").filter({ hasText: /^100%$/ }).waitFor();
  });

  await step("the batch results download as CSV", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV" }).click()]);
    check(download.suggestedFilename() === `${batchId}.csv`, `file name ${download.suggestedFilename()}`);
    const file = path.join(artifacts, "09-batch-results.csv");
    await download.saveAs(file);
    const lines = readFileSync(file, "utf8").trim().split(/\r?\n/);
    check(lines[0] === CSV_HEADER, `CSV header: ${lines[0]}`);
    check(lines.length === 1 + 2 * BATCH_ROWS, `CSV has ${lines.length - 1} rows`);
    check(lines.filter((line) => line.includes(",echo/b,echo,Hello Row7 from City7!,")).length === 1, "no echo/b row for Row7");
  });

  await step("a grid cell opens the call in a side panel with the prompt as sent; Esc closes it", async () => {
    const cell = page.getByRole("button", { name: "Row 8, echo/b: open the call" });
    await cell.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("side-panel");
    await panel.getByTestId("call-prompt").filter({ hasText: "Hello Row7 from City7!" }).waitFor();
    await panel.getByTestId("call-output").filter({ hasText: "Hello Row7 from City7!" }).waitFor();
    const numbers = await panel.getByTestId("call-numbers").innerText();
    check(/Tokens\s*[1-9]\d*→[1-9]\d*/.test(numbers) && /Attempts\s*1/.test(numbers), `panel numbers: ${numbers}`);
    check((await panel.getByTestId("call-inputs").innerText()).includes('"city": "City7"'), "the panel lacks the row's inputs");
    check(new URL(page.url()).searchParams.get("call")?.includes("echo/b"), `the open call is not in the URL: ${page.url()}`);
    await shot("12-call-panel");
    const detail = await (await apiFetch(`/api/executions/${encodeURIComponent(new URL(page.url()).searchParams.get("call"))}`)).json();
    check(detail.prompt === "Hello Row7 from City7!" && detail.row_index === 7, `GET /api/executions/{id}: ${JSON.stringify(detail)}`);
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    check(!new URL(page.url()).searchParams.has("call"), `the closed call stays in the URL: ${page.url()}`);
    await waitUntil(() => cell.evaluate((el) => el === document.activeElement), "focus back on the cell", 5_000);
  });

  await step("a batch whose rows fail to render says why, row by row", async () => {
    const answer = await apiFetch(`/api/batches?template_id=${loopId}&models=echo&name=${id}-failing`, {
      method: "POST", headers: { "Content-Type": "text/csv" }, body: "n\n100000000\n100000000\n" });
    check(answer.status === 202, `the failing batch answered ${answer.status}`);
    failingBatchId = (await answer.json()).batch_id;
    await page.goto(`${base}/batches/${failingBatchId}`);
    const failures = page.getByTestId("row-failures");
    await failures.getByText("Every row failed (2 of 2)").waitFor({ timeout: 60_000 });
    const reasons = await failures.getByTestId("row-failure").allInnerTexts();
    check(reasons.length === 2 && reasons[0].startsWith("Row 1: ") && reasons[1].startsWith("Row 2: ") && reasons.every((r) => r.length > 12),
      `row reasons: ${JSON.stringify(reasons)}`);
    const status = await page.getByTestId("batch-status").innerText();
    check(status === "failed", `status badge: ${status}`);
    await page.getByTestId("batch-percent").filter({ hasText: /^100%$/ }).waitFor();
    await page.getByTestId("no-results").filter({ hasText: "every row failed" }).waitFor();
    check(await page.getByRole("button", { name: "Cancel" }).isDisabled(), "Cancel is enabled on a finished batch");
    await shot("12b-failing-batch");
  });

  await step("the executions screen lists those calls with its charts", async () => {
    await page.goto(`${base}/executions`);
    await page.getByRole("heading", { name: "Executions" }).waitFor();
    const table = page.getByTestId("executions-table");
    await waitUntil(async () => (await table.locator("tbody tr").count()) >= 2 * BATCH_ROWS + 2, "the batch's and the comparison's calls");
    const latency = page.getByTestId("latency-chart");
    await latency.waitFor();
    const ticks = await latency.locator(".recharts-cartesian-axis-tick-value").allTextContents();
    check(ticks.includes("echo") && ticks.includes("echo/b"), `latency chart axis: ${ticks.join(", ")}`);
    check((await latency.locator(".recharts-legend-item").count()) === 3, "the latency chart has no p50/p95/p99 legend");
    await page.getByTestId("cost-all-zero").or(page.getByTestId("cost-chart")).first().waitFor();
    await shot("10-executions");

    await page.getByLabel("Batch").selectOption(batchId);
    await page.getByRole("button", { name: "Apply" }).click();
    await waitUntil(async () => (await table.locator("tbody tr").count()) === 2 * BATCH_ROWS, `${2 * BATCH_ROWS} calls of the batch`);
    const models = new Set(await table.locator("tbody tr td:nth-child(3)").allInnerTexts());
    check(models.size === 2 && models.has("echo") && models.has("echo/b"), `models: ${[...models].join(", ")}`);
    check(new URL(page.url()).searchParams.get("batch_id") === batchId, `the batch filter is not in the URL: ${page.url()}`);
    await shot("11-executions-batch");

    await page.getByLabel("Status").selectOption("failed");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByText("No calls logged for these filters").waitFor();
    check(new URL(page.url()).searchParams.get("status") === "failed", `the status is not in the URL: ${page.url()}`);
    await page.getByLabel("Status").selectOption("succeeded");
    await page.getByRole("button", { name: "Apply" }).click();
    await waitUntil(async () => (await table.locator("tbody tr").count()) === 2 * BATCH_ROWS, `${2 * BATCH_ROWS} succeeded calls of the batch`);
    await page.getByLabel("Status").selectOption("");

    await page.getByLabel("Batch").selectOption("");
    await page.getByLabel("Job").fill(compareJobId);
    await page.getByRole("button", { name: "Apply" }).click();
    await waitUntil(async () => (await table.locator("tbody tr").count()) === 2, "the comparison's 2 calls");
    check((await table.getByText("Hello Ada from Paris!").count()) === 2, "the comparison's outputs");
  });

  await step("a bad since is refused in the form and the charts stay", async () => {
    await page.getByLabel("Since").fill("yesterday");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByRole("alert").filter({ hasText: "Since must be a date" }).waitFor();
    await page.getByTestId("latency-chart").waitFor();
    check(!new URL(page.url()).searchParams.has("since"), `a refused since reached the URL: ${page.url()}`);
  });

  await step("an until before every call empties the log and the charts; an until before since is refused", async () => {
    await page.getByLabel("Job").fill("");
    await page.getByLabel("Since").fill("");
    await page.getByLabel("Until").fill("2000-01-01");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByText("No calls logged for these filters").waitFor();
    await page.getByTestId("stats-empty").filter({ hasText: "No calls until 2000-01-01." }).waitFor();
    await page.getByLabel("Since").fill("2000-01-02");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByRole("alert").filter({ hasText: "Until must be after since" }).waitFor();
    check(!new URL(page.url()).searchParams.has("since"), `a refused range reached the URL: ${page.url()}`);
    await shot("10b-executions-until");
  });

  await step("the batch's Executions link reopens in a new page with its filters", async () => {
    await page.goto(`${base}/batches/${batchId}`);
    const href = await page.getByRole("link", { name: "Calls in Executions" }).getAttribute("href");
    check(href === `/executions?batch_id=${encodeURIComponent(batchId)}`, `link: ${href}`);
    const other = await context.newPage();
    try {
      await other.goto(`${base}${href}`);
      const table = other.getByTestId("executions-table");
      await waitUntil(async () => (await table.locator("tbody tr").count()) === 2 * BATCH_ROWS, `${2 * BATCH_ROWS} calls in the new page`);
      check((await other.getByLabel("Batch").inputValue()) === batchId, "the batch picker does not show the linked batch");
      await other.getByLabel("Model").selectOption("echo/b");
      await other.getByRole("button", { name: "Apply" }).click();
      await waitUntil(async () => (await table.locator("tbody tr").count()) === BATCH_ROWS, `${BATCH_ROWS} echo/b calls`);
      const narrowed = other.url();
      const third = await context.newPage();
      try {
        await third.goto(narrowed);
        await waitUntil(async () => (await third.getByTestId("executions-table").locator("tbody tr").count()) === BATCH_ROWS, "the narrowed link's calls");
        check((await third.getByLabel("Model").inputValue()) === "echo/b", "the model picker lost its value");
        await shot("11b-executions-link-new-page", third);
      } finally {
        await third.close();
      }
    } finally {
      await other.close();
    }
  });

  await step("at 390 px the menu collapses, grids scroll within themselves and inputs keep their width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${base}/batches/${batchId}`);
      await page.getByTestId("batch-grid").waitFor();
      const nav = page.getByRole("navigation", { name: "Main" });
      check(!(await nav.isVisible()), "the navigation is not collapsed");
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      check(pageWidth <= 390, `the page scrolls sideways: ${pageWidth} px wide`);
      const grid = await page.getByTestId("batch-grid").evaluate((el) => [el.parentElement.scrollWidth, el.parentElement.clientWidth]);
      check(grid[0] > grid[1] && grid[1] <= 390, `the grid does not scroll within itself: ${grid}`);
      await shot("13-narrow");
      await page.getByRole("button", { name: "Open the menu" }).click();
      await nav.getByRole("link", { name: "Batches" }).click();
      await page.waitForURL(/\/batches$/);
      await nav.waitFor({ state: "hidden", timeout: 5_000 });
      const rows = await page.getByLabel("Input rows").boundingBox();
      check(rows && rows.width >= 300, `the input rows box collapsed to ${rows?.width} px`);
      check((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, "the batches screen scrolls sideways");
      await shot("13b-narrow-batches");
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  await step("dark mode follows the system setting, charts and the code editor included", async () => {
    const colorOf = (selector, property) => page.locator(selector).first().evaluate((el, p) => getComputedStyle(el)[p], property);
    await page.emulateMedia({ colorScheme: "dark" });
    try {
      await page.goto(`${base}/executions`);
      await page.getByTestId("latency-chart").waitFor();
      const body = await colorOf("body", "backgroundColor");
      check(lightness(body) < 0.3, `the page background is light in dark mode: ${body}`);
      const tick = await colorOf(".recharts-cartesian-axis-tick-value", "fill");
      check(lightness(tick) > 0.5, `chart text is too dark on the dark background: ${tick}`);
      await shot("14-dark");
      await page.goto(`${base}/templates/greeting`);
      await page.locator(".cm-editor").first().waitFor();
      const gutter = await colorOf(".cm-gutters", "backgroundColor");
      const text = await colorOf(".cm-content", "color");
      check(lightness(gutter) < 0.4 && lightness(text) > 0.7, `the code editor stays light in dark mode: gutter ${gutter}, text ${text}`);
      await shot("14b-dark-editor");
    } finally {
      await page.emulateMedia({ colorScheme: "light" });
    }
    const light = await colorOf("body", "backgroundColor");
    check(lightness(light) > 0.9, `the light background did not come back: ${light}`);
  });

  await step("no uncaught errors in the page", async () => {
    check(consoleErrors.length === 0, consoleErrors.join(" | "));
  });
} finally {
  await apiFetch(`/api/templates/${id}`, { method: "DELETE" }).catch(() => undefined);
  await apiFetch(`/api/templates/${loopId}`, { method: "DELETE" }).catch(() => undefined);
  await apiFetch(`/api/templates/${typedId}`, { method: "DELETE" }).catch(() => undefined);
  await close();
}

finish();
