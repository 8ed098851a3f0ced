// Browser end-to-end test of the Studio's editor and Compare screens against a running Dakora with its
// job pipeline (the standalone), in Debian's Chromium via playwright-core; compares run on the built-in
// echo model. Creates and deletes its own template.
//   STUDIO_URL=http://localhost:54321 node e2e/editor.e2e.mjs
// Screenshots go to STUDIO_ARTIFACTS (default e2e-artifacts/). Prints one line per step and
// "N passed, N failed"; exits 1 on a failed step, 2 when Chromium or the server is missing.
import { apiFetch, base, check, finish, launch, preflight, step } from "./support.mjs";

await preflight();

const { context, page, pageErrors, shot, close } = await launch("editor-");
const editor = (p) => p.locator("[data-testid='editor-template'] .cm-content");
const id = `e2e-editor-${Date.now().toString(36)}`;
let sharedLink;

try {
  await step("the preview renders the unsaved draft, nothing saved", async () => {
    await page.goto(`${base}/templates`);
    await page.getByRole("link", { name: "New template" }).click();
    await page.waitForURL(/\/templates\/new$/);
    await editor(page).click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Hi {{ name }}, draft one");
    await page.getByLabel("Id").fill(id);
    await page.getByRole("textbox", { name: /^name/ }).fill("Ada");
    await page.getByTestId("render-preview").filter({ hasText: "Hi Ada, draft one" }).waitFor();
    check((await page.getByLabel("Id").inputValue()) === id, "the Id field lost what was typed");
    const stored = await apiFetch(`/api/templates/${id}`);
    check(stored.status === 404, `the draft should not be saved yet, GET answered ${stored.status}`);
    await shot("editor-01-draft-preview");
  });

  await step("an undeclared variable is flagged and added in one click", async () => {
    await editor(page).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" in {{ city }}");
    const flag = page.getByTestId("undeclared");
    await flag.getByRole("button", { name: "Add input city" }).click();
    await page.getByLabel("Input 2 name").waitFor();
    check((await page.getByLabel("Input 2 name").inputValue()) === "city", "the added input is not named city");
    await flag.waitFor({ state: "detached" });
    await page.getByRole("textbox", { name: /^city/ }).fill("Lyon");
    await page.getByTestId("render-preview").filter({ hasText: "Hi Ada, draft one in Lyon" }).waitFor();
    await shot("editor-02-undeclared-added");
  });

  await step("a render error is marked on its editor line", async () => {
    await editor(page).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n{{ 1 / 0 }}");
    await page.keyboard.press("Control+Enter");
    const error = page.getByTestId("render-error");
    await error.filter({ hasText: "Line 2:" }).waitFor();
    await page.locator("[data-testid='editor-template'] .cm-lintRange-error").first().waitFor();
    await shot("editor-03-error-line");
    for (let i = 0; i < "\n{{ 1 / 0 }}".length; i++) await page.keyboard.press("Backspace");
    await page.getByTestId("render-preview").filter({ hasText: "in Lyon" }).waitFor();
  });

  await step("leaving with unsaved changes asks first; no keeps the page", async () => {
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("link", { name: "Templates", exact: true }).first().click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    check(asked.includes("unsaved changes"), `no unsaved-changes question (got '${asked}')`);
    check(page.url().endsWith("/templates/new"), `the page left to ${page.url()}`);
  });

  await step("the browser's back button with unsaved changes asks first; no keeps the draft", async () => {
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.evaluate(() => history.back());
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await page.waitForURL(/\/templates\/new$/);
    check(asked.includes("unsaved changes"), `no unsaved-changes question on back (got '${asked}')`);
    check((await page.getByLabel("Id").inputValue()) === id, "the draft's id was lost");
    await page.getByTestId("unsaved").waitFor();
    await shot("editor-02b-back-kept-draft");
  });

  await step("Ctrl+S saves the template", async () => {
    await editor(page).click();
    await page.keyboard.press("Control+s");
    await page.waitForURL(new RegExp(`/templates/${id}$`));
    const saved = await (await apiFetch(`/api/templates/${id}`)).json();
    check(saved.template.includes("{{ city }}") && saved.inputs.city, `saved: ${JSON.stringify(saved)}`);
  });

  await step("a second version saved with Ctrl+S", async () => {
    await editor(page).click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Bonjour {{ name }}, draft two in {{ city }}");
    await page.getByTestId("unsaved").waitFor();
    await page.keyboard.press("Control+s");
    await page.getByTestId("unsaved").waitFor({ state: "detached" });
    const saved = await (await apiFetch(`/api/templates/${id}`)).json();
    check(saved.version === "1.0.1" && saved.template.startsWith("Bonjour"), `saved: ${saved.version} ${saved.template}`);
  });

  await step("run on models sends the unsaved draft to echo and shows its output", async () => {
    await editor(page).click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Unsaved {{ name }} in {{ city }}");
    await page.getByTestId("unsaved").waitFor();
    await page.getByRole("textbox", { name: /^name/ }).fill("Ada");
    await page.getByRole("textbox", { name: /^city/ }).fill("Rome");
    const run = page.getByTestId("draft-run");
    await run.getByRole("searchbox", { name: "Search models" }).fill("echo");
    await run.getByRole("checkbox", { name: "echo", exact: true }).click();
    await run.getByRole("button", { name: /Run on models/ }).click();
    await run.getByTestId("column-echo").locator("pre").filter({ hasText: "Unsaved Ada in Rome" }).waitFor({ timeout: 30_000 });
    const saved = await (await apiFetch(`/api/templates/${id}`)).json();
    check(saved.version === "1.0.1" && saved.template.startsWith("Bonjour"), `the run saved the draft: ${saved.version} ${saved.template}`);
    const jobId = (await run.getByTestId("draft-run-job").innerText()).replace(/^job /, "");
    const job = await (await apiFetch(`/api/jobs/${jobId}`)).json();
    check(job.version === "draft", `the job ran version ${job.version}`);
    await shot("editor-04-draft-run");
    page.once("dialog", (dialog) => void dialog.accept());
  });

  await step("compare two versions side by side on echo", async () => {
    await page.goto(`${base}/compare?template=${id}`);
    await page.getByRole("heading", { name: "Compare" }).waitFor();
    await page.getByRole("checkbox", { name: "Version 1.0.0" }).click();
    await page.getByRole("checkbox", { name: "Version 1.0.1" }).click();
    await page.getByRole("textbox", { name: /^name/ }).fill("Ada");
    await page.getByRole("textbox", { name: /^city/ }).fill("Oslo");
    await page.getByRole("searchbox", { name: "Search models" }).fill("echo");
    await page.getByRole("checkbox", { name: "echo", exact: true }).click();
    await page.getByRole("button", { name: "Run comparison" }).click();
    await page.getByTestId("column-1.0.0-echo").locator("pre").filter({ hasText: "Hi Ada, draft one in Oslo" }).waitFor({ timeout: 30_000 });
    await page.getByTestId("column-1.0.1-echo").locator("pre").filter({ hasText: "Bonjour Ada, draft two in Oslo" }).waitFor({ timeout: 30_000 });
    await page.getByLabel("Highlight differences against").selectOption({ label: "1.0.0 · echo" });
    const added = await page.getByTestId("column-1.0.1-echo").locator("ins").allInnerTexts();
    check(added.join(" ").includes("Bonjour"), `highlighted words: ${added.join("|")}`);
    sharedLink = page.url();
    const search = new URL(sharedLink).searchParams;
    check(search.getAll("v").length === 2 && search.getAll("m").includes("echo"), `the address does not hold the state: ${sharedLink}`);
    await shot("editor-05-compare-versions");
  });

  await step("a shared compare link opens in a new page with its state", async () => {
    const other = await context.newPage();
    try {
      await other.goto(sharedLink);
      await other.getByRole("heading", { name: "Compare" }).waitFor();
      check(await other.getByRole("checkbox", { name: "Version 1.0.0" }).isChecked(), "version 1.0.0 not ticked");
      check(await other.getByRole("checkbox", { name: "Version 1.0.1" }).isChecked(), "version 1.0.1 not ticked");
      check(await other.getByRole("checkbox", { name: "echo", exact: true }).isChecked(), "echo not ticked");
      check((await other.getByRole("textbox", { name: /^city/ }).inputValue()) === "Oslo", "city not restored");
      await shot("editor-06-shared-link", other);
    } finally {
      await other.close();
    }
  });

  await step("no uncaught errors in the page", async () => {
    check(pageErrors.length === 0, pageErrors.join(" | "));
  });
} finally {
  await apiFetch(`/api/templates/${id}`, { method: "DELETE" }).catch(() => undefined);
  await close();
}

finish();
