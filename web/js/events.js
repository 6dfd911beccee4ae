// The one service that listens to ComfyUI's execution events and writes what they say about the
// chat's own prompts into the store; events of other prompts are left alone.
import { store } from "./store.js";

const GONE = "ComfyUI's server stopped answering. When it is back, send the message again.";

function ours(event) {
  return store.byPrompt(event.detail?.prompt_id);
}

// A plain sentence for an execution error: the node's message is already written for people.
export function errorText(detail) {
  const message = (detail.exception_message ?? "").trim();
  return detail.node_type ? `${detail.node_type}: ${message}` : message || "The run failed.";
}

export function startEvents(api, nodeTitle) {
  const on = (name, handle) => api.addEventListener(name, (event) => {
    const turn = ours(event);
    if (turn) handle(turn, event.detail);
  });
  on("execution_start", (turn) => store.update(turn.id, { status: "running" }));
  // ComfyUI's frontend passes `executing` on as the node's id alone, with no prompt: the node
  // belongs to the turn that is running.
  api.addEventListener("executing", (event) => {
    const turn = store.pending().find((each) => each.status === "running");
    if (turn && event.detail) store.update(turn.id, { step: nodeTitle(event.detail), progress: null });
  });
  on("progress", (turn, d) => store.update(turn.id, { step: nodeTitle(d.node), progress: { value: d.value, max: d.max } }));
  on("executed", (turn, d) => {
    const plan = d.output?.chatgen_plan?.[0];
    const image = d.output?.images?.find((i) => i.type === "output");
    if (plan) store.update(turn.id, { plan: JSON.parse(plan) });
    if (image) store.update(turn.id, { image });
  });
  on("execution_success", (turn) => {
    store.update(turn.id, turn.image
      ? { status: "done", step: null, progress: null }
      : { status: "error", error: "The workflow finished without saving an image: add a Save Image node." });
  });
  on("execution_error", (turn, d) => store.update(turn.id, { status: "error", error: errorText(d) }));
  on("execution_interrupted", (turn) => store.update(turn.id, { status: "cancelled", error: "Stopped." }));
  // The socket's own events carry no prompt: they speak for every turn still under way.
  api.addEventListener("reconnecting", () => {
    for (const turn of store.pending()) store.update(turn.id, { status: "error", error: GONE });
  });
}
