"""ChatGen's ComfyUI nodes: thin adapters over `chatgen_core`, listed once, here."""
from comfy_api.latest import ComfyExtension, io

from .llm import ChatGenLLMSettings, register_llm_folder
from .planning import ChatGenConversation, ChatGenFreeStyle, ChatGenHistory, ChatGenPlanner
from .rendering import ChatGenArgConfigurator, ChatGenEncode, ChatGenModelTokenSelector, ChatGenShowPlan
from .training import ChatGenTrainModelTokens


class ChatGenExtension(ComfyExtension):
    async def get_node_list(self) -> list[type[io.ComfyNode]]:
        register_llm_folder()  # here, as ComfyUI 0.3.75 calls this once at load and never calls on_load
        return [ChatGenPlanner, ChatGenFreeStyle, ChatGenModelTokenSelector, ChatGenArgConfigurator,
                ChatGenEncode, ChatGenShowPlan, ChatGenHistory, ChatGenConversation,
                ChatGenTrainModelTokens, ChatGenLLMSettings]
