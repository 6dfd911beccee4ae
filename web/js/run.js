// From a message to a queued prompt: the open workflow (or the pack's chat workflow) with the
// message in its ChatGen request, the conversation so far, and for "Refine" the last image as the
// starting latent. Everything is done on the prompt this module posts; ComfyUI's app and api
// methods are used as they are.
import { app } from "../../../scripts/app.js";
import { api } from "../../../scripts/api.js";
import { errorText } from "./events.js";
import { store } from "./store.js";

// The folder ComfyUI serves this pack from: /extensions/<pack>/js/run.js.
const PACK = new URL(import.meta.url).pathname.split("/").at(-3);
const GONE = "ComfyUI's server is not answering. Start it again, then send the message again.";

function freestyleNode() {
  // The first FreeStyle whose request is typed, not linked: the one a person would type into.
  return app.graph.nodes.find((node) => node.type === "ChatGenFreeStyle"
    && node.widgets?.some((widget) => widget.name === "request"));
}

async function chatWorkflow() {
  let node = freestyleNode();
  if (!node) {
    const answer = await api.fetchApi(`/workflow_templates/${PACK}/chatgen_to_image.json`);
    if (!answer.ok) throw new Error("The ChatGen chat workflow could not be loaded from the server.");
    await app.loadGraphData(await answer.json());
    node = freestyleNode();
    if (!node) throw new Error("The ChatGen chat workflow has no ChatGen FreeStyle → Prompt with a typed request.");
  }
  return node;
}

// "Control after generate" (a seed set to randomize, say), as ComfyUI's own Queue button applies it.
function controlWidgets(when) {
  for (const node of app.graph.nodes) {
    for (const widget of node.widgets ?? []) widget[when]?.();
  }
}

function linkHistory(output, freestyleId, plans) {
  const inputs = output[freestyleId].inputs;
  if (!plans.length || inputs.history) return; // a wired ChatGen History keeps its own turns
  output.chatgen_conversation = { class_type: "ChatGenConversation", inputs: { plans: JSON.stringify(plans) } };
  inputs.history = ["chatgen_conversation", 0];
}

// img2img: the KSampler that starts from an empty latent starts from the last image instead.
function startFrom(output, image, denoise) {
  const sampler = Object.values(output).find((node) => node.class_type === "KSampler"
    && output[node.inputs.latent_image?.[0]]?.class_type === "EmptyLatentImage");
  const decode = Object.values(output).find((node) => node.class_type === "VAEDecode");
  if (!sampler || !decode) throw new Error("Refine needs a KSampler on an Empty Latent Image and a VAE Decode.");
  const file = [image.subfolder, image.filename].filter(Boolean).join("/");
  output.chatgen_refine_image = { class_type: "LoadImage", inputs: { image: `${file} [output]` } };
  output.chatgen_refine_latent = {
    class_type: "VAEEncode", inputs: { pixels: ["chatgen_refine_image", 0], vae: decode.inputs.vae },
  };
  sampler.inputs.latent_image = ["chatgen_refine_latent", 0];
  sampler.inputs.denoise = denoise;
}

// The planner the settings ask for; an 'llm' planner the workflow leaves unconnected asks the
// server of the settings. The key is not written here: the ComfyUI server adds the stored one.
function choosePlanner(output, { name, endpoint, model }) {
  for (const node of Object.values(output)) {
    if (node.class_type !== "ChatGenPlanner") continue;
    node.inputs.planner = name;
    if (name !== "llm" || node.inputs.llm || !endpoint) continue;
    output.chatgen_llm = { class_type: "ChatGenLLMSettings", inputs: {
      backend: "server", base_url: endpoint, model: model ?? "", auth_variable: "CHATGEN_API_KEY",
      structured: false, max_tokens: 1024, timeout: 120, keep_loaded: false } };
    node.inputs.llm = ["chatgen_llm", 0];
  }
}

// A refused prompt's answer in plain words: the first node error says what to fix.
function refusal(body) {
  const nodeError = Object.values(body?.node_errors ?? {})[0];
  const detail = nodeError?.errors?.[0];
  if (detail) return `${nodeError.class_type}: ${detail.message}${detail.details ? ` (${detail.details})` : ""}`;
  return body?.error?.message ?? "ComfyUI refused the workflow.";
}

export async function send(text, { refine = null, planner = { name: "embedded" } } = {}) {
  const image = refine === null ? null : store.lastImage();
  store.add({ role: "user", text, refine: image ? refine : null });
  const turn = store.add({ role: "assistant", status: "queued", promptId: crypto.randomUUID(),
    refine: image ? refine : null });
  try {
    const node = await chatWorkflow();
    node.widgets.find((widget) => widget.name === "request").value = text;
    app.graph.setDirtyCanvas(true);
    controlWidgets("beforeQueued");
    const { output, workflow } = await app.graphToPrompt();
    linkHistory(output, String(node.id), store.plans());
    choosePlanner(output, planner);
    if (image) startFrom(output, image, refine);
    // Posted with our own prompt id, so events that come before the answer find their turn.
    const answer = await api.fetchApi("/prompt", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ client_id: api.clientId, prompt: output, prompt_id: turn.promptId,
        extra_data: { extra_pnginfo: { workflow } } }),
    });
    if (!answer.ok) store.update(turn.id, { status: "error", error: refusal(await answer.json().catch(() => null)) });
    else controlWidgets("afterQueued");
  } catch (error) {
    store.update(turn.id, { status: "error", error: error instanceof TypeError ? GONE : String(error.message ?? error) });
  }
}

export async function cancel() {
  for (const turn of store.pending()) {
    try {
      await api.fetchApi("/queue", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ delete: [turn.promptId] }) });
      await api.interrupt(turn.promptId);
    } finally {
      store.update(turn.id, { status: "cancelled", error: "Stopped." });
    }
  }
}

export function imageUrl(image) {
  const query = new URLSearchParams({ filename: image.filename, subfolder: image.subfolder ?? "", type: image.type });
  return api.apiURL(`/view?${query}`);
}

// The key is stored on the ComfyUI server for the LLM server at `url` and is sent to no other;
// the answer says for which server a key is stored, never the key. A refusal throws its reason.
export async function storeKey(key, url) {
  const answer = await api.fetchApi("/chatgen/key", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ key, url: url ?? "" }) });
  const body = await answer.json().catch(() => null);
  if (!answer.ok) throw new Error(body?.error ?? `ComfyUI did not store the key (HTTP ${answer.status}).`);
  return body;
}

export async function keyStatus() {
  return (await api.fetchApi("/chatgen/key")).json();
}

// The nodes this module adds to the prompt, which the graph on the canvas does not hold.
const ADDED = { chatgen_conversation: "ChatGen Conversation", chatgen_refine_image: "Load Image (Refine)",
  chatgen_refine_latent: "VAE Encode (Refine)", chatgen_llm: "ChatGen LLM Settings" };

export function nodeTitle(id) {
  const node = app.graph.getNodeById(Number(id));
  return node?.title ?? node?.type ?? ADDED[id] ?? `node ${id}`;
}

// After a reload, a turn still under way may have finished while no page listened: the server's
// history has its outcome, and a prompt neither there nor queued was lost with a restart.
export async function resume() {
  const pending = store.pending();
  if (!pending.length) return;
  const queue = await (await api.fetchApi("/queue")).json();
  const queued = new Set([...queue.queue_running, ...queue.queue_pending].map((item) => item[1]));
  for (const turn of pending) {
    const entry = (await (await api.fetchApi(`/history/${turn.promptId}`)).json())[turn.promptId];
    if (entry) store.update(turn.id, outcome(entry));
    else if (!queued.has(turn.promptId)) {
      store.update(turn.id, { status: "error", error: "This run was lost when ComfyUI restarted. Send the message again." });
    }
  }
}

function outcome(entry) {
  const outputs = Object.values(entry.outputs ?? {});
  const plan = outputs.find((output) => output.chatgen_plan)?.chatgen_plan[0];
  const image = outputs.flatMap((output) => output.images ?? []).find((i) => i.type === "output");
  const failed = entry.status?.messages?.find(([name]) => name === "execution_error")?.[1];
  return { plan: plan ? JSON.parse(plan) : null, image: image ?? null, progress: null, step: null,
    ...(failed ? { status: "error", error: errorText(failed) }
      : image ? { status: "done" } : { status: "cancelled", error: "Stopped." }) };
}
