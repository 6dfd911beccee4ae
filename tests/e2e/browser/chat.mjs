// Drives the ChatGen sidebar in headless Chromium against a running ComfyUI:
//   node chat.mjs <comfy url> <workflow.json> <user-data-dir> <screenshot.png> <step>...
// Loads the workflow as the open one, then takes each step in turn: a plain message is sent;
// "refine: <message>" goes through Refine; "cancel: <message>" is cancelled once it runs;
// "offline: <message>" is sent while the page cannot reach the server;
// "set:<node type>.<widget>=<value>" changes a widget of the open workflow; "setting:<id>=<value>"
// changes a ComfyUI setting; "key:<value>" stores a key through the sidebar's key box; "clear"
// empties the open workflow. Then it saves a screenshot (and one of the transcript's start,
// "-start.png"), closes and reopens the tab, reloads the page and prints what the transcript held
// each time as JSON.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [url, workflowPath, profile, screenshot, ...messages] = process.argv.slice(2);
// A turn may stall this long with no visible change; the Python side scales it to the machine's pace.
const TURN_MS = Number(process.env.CHATGEN_TURN_MS ?? 180_000);
const LOAD_MS = Number(process.env.CHATGEN_LOAD_MS ?? 120_000);

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1400, height: 1400 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
const page = context.pages()[0] ?? await context.newPage();
const consoleErrors = [];
page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
page.on("pageerror", (e) => consoleErrors.push(String(e)));

async function openTab() {
  await page.waitForFunction(() => window.app?.graph, null, { timeout: LOAD_MS });
  await page.locator(".chatgen-tab-button").click();
  await page.locator(".chatgen-panel").waitFor();
}

async function finished(count) {
  // Done when `count` assistant turns are final (an error is final too) and every image has loaded.
  await page.waitForFunction((n) => {
    const turns = [...document.querySelectorAll(".chatgen-assistant")];
    const final = turns.filter((t) => t.matches(".chatgen-done, .chatgen-error, .chatgen-cancelled"));
    const loaded = [...document.querySelectorAll(".chatgen-done img")].every((img) => img.complete && img.naturalWidth > 0);
    return final.length >= n && loaded;
  }, count, { timeout: TURN_MS, polling: 250 });
}

// ComfyUI answers a failed run with its own dialog over the page, as it does for any workflow;
// a person closes it and carries on chatting.
async function closeDialogs() {
  const mask = page.locator(".p-dialog-mask");
  if (await mask.count()) {
    await page.keyboard.press("Escape");
    await mask.waitFor({ state: "detached" });
  }
}

async function transcript() {
  return page.evaluate(() => ({
    turns: JSON.parse(localStorage.getItem("chatgen.conversation.v1") ?? "[]"),
    images: [...document.querySelectorAll(".chatgen-transcript img.chatgen-image")].map((img) => img.naturalWidth),
    bars: [...document.querySelectorAll(".chatgen-assistant")].map((t) => t.querySelectorAll(".chatgen-bar").length),
    errors: [...document.querySelectorAll(".chatgen-failure")].map((e) => e.textContent),
  }));
}

const result = {};
try {
  await page.goto(url);
  await page.waitForFunction(() => window.app?.graph, null, { timeout: LOAD_MS });
  const workflow = JSON.parse(readFileSync(workflowPath, "utf-8"));
  await page.evaluate((w) => window.app.loadGraphData(w), workflow);
  await openTab();
  // Every status line the transcript shows while turns run: the live progress.
  await page.evaluate(() => {
    window.chatgenStatuses = new Set();
    new MutationObserver(() => {
      for (const line of document.querySelectorAll(".chatgen-status")) window.chatgenStatuses.add(line.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  let sent = 0;
  for (const raw of messages) {
    await closeDialogs();
    const widget = raw.match(/^set:(\w+)\.(\w+)=(.*)$/);
    if (widget) {
      await page.evaluate(([type, name, value]) => {
        const node = window.app.graph.nodes.find((n) => n.type === type);
        node.widgets.find((w) => w.name === name).value = value;
      }, widget.slice(1));
      continue;
    }
    const setting = raw.match(/^setting:([\w.]+)=(.*)$/);
    if (setting) {
      await page.evaluate(([id, value]) => window.app.extensionManager.setting.set(id, value), setting.slice(1));
      continue;
    }
    if (raw === "clear") {
      await page.evaluate(() => window.app.graph.clear());
      continue;
    }
    const key = raw.match(/^key:(.*)$/);
    if (key) {
      await page.locator(".chatgen-key summary").click();
      await page.locator(".chatgen-key-input").fill(key[1]);
      await page.locator(".chatgen-key-store").click();
      await page.locator(".chatgen-key-state", { hasText: "A key is stored" }).waitFor();
      continue;
    }
    const [, how = "send", text] = raw.match(/^(?:(refine|cancel|offline):)?\s*(.*)$/s);
    if (how === "offline") await page.route("**/api/prompt", (route) => route.abort("connectionrefused"));
    await page.locator(".chatgen-message").fill(text);
    await page.locator(how === "refine" ? ".chatgen-refine" : ".chatgen-send").click();
    if (how === "cancel") {
      await page.locator(".chatgen-assistant.chatgen-running").waitFor({ timeout: TURN_MS });
      await page.locator(".chatgen-cancel").click();
    }
    await finished(++sent);
    if (how === "offline") await page.unroute("**/api/prompt");
  }
  result.before = await transcript();
  result.statuses = await page.evaluate(() => [...window.chatgenStatuses]);
  await closeDialogs();
  await page.screenshot({ path: screenshot });
  // The first turns too, for review: the transcript scrolled back to its start.
  await page.locator(".chatgen-transcript").evaluate((el) => { el.scrollTop = 0; });
  await page.screenshot({ path: screenshot.replace(/\.png$/, "-start.png") });
  await page.locator(".chatgen-tab-button").click(); // closes the tab
  await page.locator(".chatgen-panel").waitFor({ state: "detached" });
  await openTab();
  result.reopened = await transcript();
  await page.reload();
  await openTab();
  await page.waitForFunction(() => [...document.querySelectorAll(".chatgen-transcript img")]
    .every((img) => img.complete && img.naturalWidth > 0), null, { timeout: LOAD_MS });
  result.after = await transcript();
} catch (error) {
  result.failure = String(error);
  result.partial = await transcript().catch(() => null);
  await page.screenshot({ path: screenshot }).catch(() => {});
} finally {
  result.consoleErrors = consoleErrors;
  await context.close();
}
console.log(JSON.stringify(result));
