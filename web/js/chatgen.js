// ChatGen's chat sidebar: registers the tab, its settings and the execution-event service.
import { app } from "../../../scripts/app.js";
import { api } from "../../../scripts/api.js";
import { startEvents } from "./events.js";
import { renderPanel } from "./panel.js";
import { nodeTitle, resume } from "./run.js";

const setting = (id) => app.extensionManager.setting.get(id);
const settings = {
  planner: () => ({ name: setting("ChatGen.Planner"), endpoint: setting("ChatGen.Endpoint"), model: setting("ChatGen.Model") }),
  denoise: () => setting("ChatGen.RefineDenoise"),
};

app.registerExtension({
  name: "ChatGen.Chat",
  settings: [
    { id: "ChatGen.Planner", category: ["ChatGen", "Planner", "Default planner"], name: "Default planner",
      type: "combo", options: ["embedded", "llm"], defaultValue: "embedded",
      tooltip: "The planner the chat sidebar asks for. 'embedded' runs offline with no language model; "
        + "'llm' asks the server below, or the ChatGen LLM Settings the open workflow connects." },
    { id: "ChatGen.Endpoint", category: ["ChatGen", "Planner", "Endpoint"], name: "LLM server URL",
      type: "text", defaultValue: "",
      tooltip: "An OpenAI-compatible server for the 'llm' planner, e.g. http://127.0.0.1:8000/v1. "
        + "Its key is stored from the chat sidebar, on the ComfyUI server only, for this URL's server "
        + "alone: set the URL first. Keys go only over https, or over http to this machine." },
    { id: "ChatGen.Model", category: ["ChatGen", "Planner", "Model"], name: "LLM model name",
      type: "text", defaultValue: "",
      tooltip: "The model the server serves (GET /v1/models lists them)." },
    { id: "ChatGen.RefineDenoise", category: ["ChatGen", "Chat", "Refine denoise"], name: "Refine denoise",
      type: "slider", attrs: { min: 0.05, max: 1, step: 0.05 }, defaultValue: 0.5,
      tooltip: "How much Refine may change the last image (img2img denoise)." },
  ],
  setup() {
    if (!app.extensionManager?.registerSidebarTab) return; // a frontend too old for custom tabs
    document.head.append(Object.assign(document.createElement("link"), {
      rel: "stylesheet", href: new URL("../css/chatgen.css", import.meta.url).href,
    }));
    startEvents(api, nodeTitle);
    resume().catch(() => {}); // the server not answering yet: the turns stay as they were
    let unsubscribe = null;
    app.extensionManager.registerSidebarTab({
      id: "chatgen",
      icon: "pi pi-comments",
      title: "ChatGen",
      tooltip: "Chat with ComfyUI: say what you want to see",
      type: "custom",
      render: (el) => {
        // The frontend's box for the tab has no height of its own; the transcript scrolls, not the tab.
        el.style.height = "100%";
        unsubscribe?.();
        unsubscribe = renderPanel(el, settings);
      },
      destroy: () => {
        unsubscribe?.();
        unsubscribe = null;
      },
    });
  },
});
