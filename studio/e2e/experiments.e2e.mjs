// Browser end-to-end test of the Studio's evaluation screens against a running Dakora with its job
// pipeline, in Debian's Chromium via playwright-core: uploads a dataset (and sees a refused upload's
// rows named by row and line), then, when the server has POST /api/experiments, runs an experiment on
// the built-in echo model from the setup form (a server-refused assertion shown on its field first),
// follows it to completion, opens a cell, and compares it with a baseline experiment.
//   STUDIO_URL=http://localhost:54321 node e2e/experiments.e2e.mjs
// Screenshots go to STUDIO_ARTIFACTS (default e2e-artifacts/). Prints one line per step and
// "N passed, N failed"; exits 1 when a step failed or could not run, 2 when it cannot start.
import { apiFetch, base, check, finish, launch, notRun, postJson, preflight, step, waitUntil } from "./support.mjs";

await preflight();

const { page, pageErrors: consoleErrors, shot, close } = await launch("experiments-");

const id = `e2e-exp-${Date.now().toString(36)}`;
const dataset = `${id}-capitals`;
const ROWS = "country,__expected\nFrance,Paris\nItaly,Rome\nSpain,Madrid\n";
const EXPERIMENT_STEPS = [
  "a server-refused assertion shows on the field it names",
  "an experiment set up in the form runs on echo to completion",
  "a cell opens its output and assertions",
  "the comparison with a baseline lists regressed rows first",
];
let experimentId;
let baselineId;

/** Waits until the experiment is final, through the API. */
async function finished(experiment) {
  return waitUntil(async () => {
    const answer = await (await apiFetch(`/api/experiments/${experiment}`)).json();
    return ["completed", "failed", "cancelled"].includes(answer.status) ? answer : null;
  }, `experiment ${experiment} to finish`, 90_000);
}

try {
  await step("a template with two versions for the experiment", async () => {
    const created = await postJson("/api/templates", {
      id, template: "The capital of {{ country }} is Paris.", inputs: { country: { type: "string", required: true } },
    });
    check(created.status === 201, `creating ${id} answered ${created.status}`);
    const changed = await apiFetch(`/api/templates/${id}`, {
      method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ template: "{{ country }}: capital unknown." }),
    });
    check(changed.ok, `the second version answered ${changed.status}`);
    const versions = (await (await apiFetch(`/api/templates/${id}/versions`)).json()).items.map((v) => v.version);
    check(versions.includes("1.0.0") && versions.includes("1.0.1"), `versions: ${versions}`);
  });

  await step("datasets: a refused upload names each bad row by row and line", async () => {
    await page.goto(`${base}/datasets`);
    await page.getByRole("heading", { name: "Datasets", exact: true, level: 1 }).waitFor();
    await page.getByLabel("Dataset name").fill(dataset);
    await page.locator("#dataset-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("country,__expected\nFrance\nItaly,Rome\n") });
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    const problems = page.getByTestId("row-problems");
    await problems.waitFor();
    const cells = await problems.locator("tbody tr").first().locator("td").allInnerTexts();
    check(cells[0] === "1" && cells[1] === "2", `the refused row shows row ${cells[0]}, line ${cells[1]}: ${cells.join(" | ")}`);
    check(page.url().endsWith("/datasets"), `still on the upload form: ${page.url()}`);
    await shot("experiments-01-dataset-refused");
  });

  await step("datasets: an upload becomes version 1 and its rows show", async () => {
    await page.getByLabel("Template", { exact: true }).selectOption(id);
    await page.locator("#dataset-file").setInputFiles({ name: "capitals.csv", mimeType: "text/csv", buffer: Buffer.from(ROWS) });
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await page.waitForURL(new RegExp(`/datasets/${dataset}$`));
    await page.getByText("Rows of version 1 (3)").waitFor();
    await page.getByRole("cell", { name: "Madrid", exact: true }).waitFor();
    await page.goto(`${base}/datasets`);
    await page.getByRole("link", { name: dataset, exact: true }).waitFor();
    await shot("experiments-02-datasets");
  });

  const probe = await postJson("/api/experiments", {}).catch((error) => error);
  const status = probe instanceof Error ? probe.message : probe.status;
  if (status === 404 || status === 405 || status === 501 || probe instanceof Error) {
    console.log(`FAIL this server has no POST /api/experiments (it answered ${status}): the experiment steps could not run`);
    EXPERIMENT_STEPS.forEach((name) => notRun(name, "needs POST /api/experiments"));
  } else {
    await step(EXPERIMENT_STEPS[0], async () => {
      await page.goto(`${base}/experiments/new`);
      await page.getByLabel("Name", { exact: true }).fill(`${id} regex`);
      await page.getByLabel("Template", { exact: true }).selectOption(id);
      await page.getByRole("checkbox", { name: "version 1.0.1" }).click();
      await page.getByRole("checkbox", { name: "echo", exact: true }).click();
      await page.getByLabel("Dataset", { exact: true }).selectOption(dataset);
      await page.locator("#assertions\\[0\\]-type").selectOption("regex");
      await page.locator("#assertions\\[0\\]\\.value").fill("(unclosed");
      await page.getByRole("button", { name: "Run the experiment" }).click();
      const error = page.locator("#assertions\\[0\\]\\.value-error");
      await error.waitFor();
      check((await error.innerText()).trim() !== "", "the field error is empty");
      check(page.url().endsWith("/experiments/new"), `left the form: ${page.url()}`);
      await shot("experiments-03-field-error");
    });

    await step(EXPERIMENT_STEPS[1], async () => {
      await page.getByLabel("Name", { exact: true }).fill(`${id}-candidate`);
      await page.locator("#assertions\\[0\\]-type").selectOption("icontains");
      await page.locator("#assertions\\[0\\]\\.value").fill("paris");
      await page.getByRole("button", { name: "Run the experiment" }).click();
      await page.waitForURL((url) => /\/experiments\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
      experimentId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
      await page.getByTestId("experiment-status").filter({ hasText: "completed" }).waitFor({ timeout: 90_000 });
      await waitUntil(async () => (await page.getByTestId("result-cell").count()) === 3, "3 result cells");
      const badges = await page.getByTestId("result-cell").allInnerTexts();
      check(badges.every((b) => b.startsWith("fail")), `1.0.1 never says Paris, so every cell fails: ${badges.join(" | ")}`);
      const aggregate = await page.getByTestId("column-aggregate").first().innerText();
      check(aggregate.includes("0%"), `the column's pass rate: ${aggregate}`);
      await shot("experiments-04-experiment");
    });

    await step(EXPERIMENT_STEPS[2], async () => {
      await page.getByTestId("result-cell").first().click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("France: capital unknown.").first().waitFor();
      await dialog.getByRole("table", { name: "Assertions" }).getByText("icontains").waitFor();
      await shot("experiments-05-cell");
      await page.keyboard.press("Escape");
    });

    await step(EXPERIMENT_STEPS[3], async () => {
      const created = await postJson("/api/experiments", {
        name: `${id}-baseline`, template: id, versions: ["1.0.0"], models: ["echo"], dataset: { name: dataset },
        assertions: [{ type: "icontains", value: "paris" }],
      });
      const answer = await created.text();
      check(created.status === 202, `the baseline answered ${created.status}: ${answer}`);
      baselineId = JSON.parse(answer).experiment_id;
      const baseline = await finished(baselineId);
      check(baseline.status === "completed", `baseline ${baseline.status}`);
      await page.goto(`${base}/experiments/${encodeURIComponent(experimentId)}/compare`);
      await page.getByLabel("Baseline experiment").selectOption(baselineId);
      await page.getByTestId("compare-counts").filter({ hasText: "3 regressed" }).waitFor({ timeout: 30_000 });
      const first = await page.getByRole("table", { name: "Rows compared" }).locator("tbody tr").first().innerText();
      check(first.includes("regressed") && first.includes("100% passed") && first.includes("0% passed"), `first row: ${first}`);
      await shot("experiments-06-compare");
    });
  }

  await step("no uncaught errors in the page", async () => {
    check(consoleErrors.length === 0, consoleErrors.join(" | "));
  });
} finally {
  await apiFetch(`/api/datasets/${dataset}`, { method: "DELETE" }).catch(() => undefined);
  await apiFetch(`/api/templates/${id}`, { method: "DELETE" }).catch(() => undefined);
  await close();
}

finish();
