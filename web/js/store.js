// The conversation, the one store of the chat sidebar. Views render from it and never keep their
// own copy, so closing the tab, reopening it or reloading the page shows the same transcript.
const KEY = "chatgen.conversation.v1";
const listeners = new Set();
let turns = load();

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(saved) ? saved : [];
  } catch {
    return []; // a damaged entry starts a new conversation rather than breaking the tab
  }
}

function changed() {
  localStorage.setItem(KEY, JSON.stringify(turns));
  for (const listener of listeners) listener(turns);
}

const FINAL = new Set(["done", "error", "cancelled"]);

export const store = {
  get turns() {
    return turns;
  },
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  add(turn) {
    const added = { id: crypto.randomUUID(), time: Date.now(), ...turn };
    turns = [...turns, added];
    changed();
    return added;
  },
  update(id, patch) {
    turns = turns.map((turn) => (turn.id === id ? { ...turn, ...patch } : turn));
    changed();
  },
  byPrompt(promptId) {
    return turns.find((turn) => turn.role === "assistant" && turn.promptId === promptId);
  },
  pending() {
    return turns.filter((turn) => turn.role === "assistant" && !FINAL.has(turn.status));
  },
  // The plans the conversation produced, oldest first: the next turn is planned against them.
  plans() {
    return turns.filter((turn) => turn.role === "assistant" && turn.status === "done" && turn.plan)
      .map((turn) => turn.plan);
  },
  lastImage() {
    return turns.findLast((turn) => turn.role === "assistant" && turn.image)?.image;
  },
  clear() {
    turns = [];
    changed();
  },
};
