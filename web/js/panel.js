// The sidebar's view: the transcript drawn from the store, and the message box. Rebuilt from the
// store each time the tab opens; it keeps no state of its own.
import { store } from "./store.js";
import { cancel, imageUrl, keyStatus, send, storeKey } from "./run.js";

function h(tag, props = {}, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return el;
}

// The chosen model and its alternatives as bars scaled to the best score, so a close call looks close.
function scores(plan) {
  const top = Math.max(...plan.alternatives.map((c) => c.score), 1e-6);
  return h("div", { className: "chatgen-scores" }, plan.alternatives.map((c) => h("div", {
    className: `chatgen-score${c.file_name === plan.model.file_name ? " chosen" : ""}`,
    title: `${c.name} (${c.file_name}): ${c.score.toFixed(3)}`,
  }, h("span", { className: "chatgen-score-name", textContent: c.name }),
  h("span", { className: "chatgen-track" },
    h("span", { className: "chatgen-bar", style: `width:${Math.min(100, Math.max(2, (100 * c.score) / top))}%` })),
  h("span", { className: "chatgen-score-value", textContent: c.score.toFixed(2) }))));
}

function planView(plan, refine) {
  const a = plan.arguments;
  const row = (label, text) => h("div", { className: "chatgen-row" }, h("b", { textContent: label }), h("span", { textContent: text }));
  return h("div", { className: "chatgen-plan" },
    row("Prompt", plan.positive),
    row("Negative", plan.negative),
    row("Model", `${plan.model.name} (${plan.model.baseline})`),
    scores(plan),
    row("Settings", `${a.width}×${a.height}, ${a.steps} steps, cfg ${a.cfg}, ${a.sampler_name}/${a.scheduler}, `
      + `seed ${a.seed}, denoise ${refine ?? a.denoise}`));
}

function status(turn) {
  if (turn.status === "queued") return "Queued…";
  if (turn.status !== "running") return null;
  const p = turn.progress;
  return `${turn.step ?? "Running"}${p ? ` ${p.value}/${p.max}` : ""}…`;
}

function turnView(turn) {
  if (turn.role === "user") {
    const note = turn.refine ? ` (refine at denoise ${turn.refine})` : "";
    return h("div", { className: "chatgen-turn chatgen-user", textContent: turn.text + note });
  }
  return h("div", { className: `chatgen-turn chatgen-assistant chatgen-${turn.status}` },
    turn.plan ? planView(turn.plan, turn.refine) : null,
    turn.image ? h("img", { className: "chatgen-image", src: imageUrl(turn.image), alt: turn.plan?.positive ?? "" }) : null,
    status(turn) ? h("div", { className: "chatgen-status", textContent: status(turn) }) : null,
    turn.status === "running" && turn.progress
      ? h("progress", { className: "chatgen-progress", value: turn.progress.value, max: turn.progress.max }) : null,
    turn.error ? h("div", { className: "chatgen-failure", textContent: turn.error }) : null);
}

function keyText(status) {
  if (status.stored) return `A key is stored for ${status.url}.`;
  if (status.old_key_removed) {
    return "The key an earlier ChatGen stored was removed: it was bound to no server. Store it again.";
  }
  return "No key stored.";
}

// The key is stored for the LLM server URL of the settings, and the server sends it to no other.
function keyBox(settings) {
  const state = h("span", { className: "chatgen-key-state" });
  const input = h("input", { className: "chatgen-key-input", type: "password", autocomplete: "off",
    placeholder: "LLM server API key",
    title: "Stored on the ComfyUI server for the LLM server URL in Settings → ChatGen, and sent to no other server." });
  const show = (text, failed = false) => {
    state.textContent = text;
    state.classList.toggle("chatgen-failure", failed);
  };
  const save = h("button", { className: "chatgen-key-store", textContent: "Store", onclick: async () => {
    try {
      show(keyText(await storeKey(input.value, settings.planner().endpoint)));
      input.value = "";
    } catch (error) {
      show(String(error.message ?? error), true); // the key stays typed, to store again once fixed
    }
  } });
  keyStatus().then((status) => show(keyText(status)), () => show("No key stored."));
  return h("details", { className: "chatgen-key" }, h("summary", { textContent: "Planner key" }),
    h("div", { className: "chatgen-key-row" }, input, save), state);
}

export function renderPanel(el, settings) {
  const transcript = h("div", { className: "chatgen-transcript" });
  const message = h("textarea", { className: "chatgen-message", rows: 3, placeholder: "Say what you want to see…" });
  const denoise = h("input", { className: "chatgen-denoise", type: "number", min: 0.05, max: 1, step: 0.05,
    value: settings.denoise(), title: "How much Refine may change the last image" });
  const go = (refine) => {
    const text = message.value.trim();
    if (!text) return;
    message.value = "";
    send(text, { refine, planner: settings.planner() });
  };
  message.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); go(null); }
  });
  const buttons = {
    send: h("button", { className: "chatgen-send", textContent: "Send", onclick: () => go(null) }),
    refine: h("button", { className: "chatgen-refine", textContent: "Refine", onclick: () => go(Number(denoise.value)) }),
    cancel: h("button", { className: "chatgen-cancel", textContent: "Cancel", onclick: cancel }),
    clear: h("button", { className: "chatgen-clear", textContent: "New chat", onclick: () => store.clear() }),
  };
  const draw = (turns) => {
    transcript.replaceChildren(...turns.map(turnView));
    transcript.scrollTop = transcript.scrollHeight;
    buttons.cancel.disabled = !store.pending().length;
    buttons.refine.disabled = !store.lastImage();
  };
  el.replaceChildren(h("div", { className: "chatgen-panel" }, buttons.clear, transcript, message,
    h("div", { className: "chatgen-actions" }, buttons.send, buttons.refine, denoise, buttons.cancel), keyBox(settings)));
  draw(store.turns);
  return store.subscribe(draw);
}
