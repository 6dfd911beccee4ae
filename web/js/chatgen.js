// ChatGen's chat sidebar: registers the tab, its settings and the execution-event service.
import { app } from "../../../scripts/app.js";
import { api } from "../../../scripts/api.js";
import { startEvents } from "./events.js";
import { renderPanel } from "./panel.js";
import { nodeTitle, resume } from "./run.js";

const setting = (id) => app.extensionManager.setting.get(id);
const settings = { planner: () => setting("ChatGen.Planner"), denoise: () => setting("ChatGen.RefineDenoise") };

app.registerExtension({
  name: "ChatGen.Chat",
  settings: [
    { id: "ChatGen.Planner", category: ["ChatGen", "Planner", "Default planner"], name: "Default planner",
      type: "combo", options: ["embedded"], defaultValue: "embedded",
      tooltip: "The planner the chat sidebar asks for. 'embedded' runs offline with no language model." },
    { id: "ChatGen.Endpoint", category: ["ChatGen", "Planner", "Endpoint"], name: "Planner endpoint URL",
      type: "text", defaultValue: "",
      tooltip: "An OpenAI-compatible server for an LLM planner. Its key is stored from the chat sidebar, on the server only." },
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
