"""Run onnxruntime-genai's model builder with one fix: with transformers 5.x a config carries
`rope_parameters` but no `rope_theta` attribute, and the builder then silently uses 10000 (SmolLM2
needs 100000: the graph answers in garbage). Usage is the builder's own:
`python -m assistant.modelstore.genai_builder -i <hf folder> -o <out> -p int8 -e cpu`."""

from __future__ import annotations

import runpy
import sys


def _patch_autoconfig() -> None:
    import transformers

    original = transformers.AutoConfig.from_pretrained.__func__

    def from_pretrained(cls, *args, **kwargs):
        config = original(cls, *args, **kwargs)
        for cfg in (config, getattr(config, "text_config", None)):
            params = getattr(cfg, "rope_parameters", None)
            if isinstance(params, dict) and "rope_theta" in params and getattr(cfg, "rope_theta", None) is None:
                cfg.rope_theta = params["rope_theta"]
        return config

    transformers.AutoConfig.from_pretrained = classmethod(from_pretrained)


if __name__ == "__main__":
    _patch_autoconfig()
    sys.argv[0] = "onnxruntime_genai.models.builder"
    runpy.run_module("onnxruntime_genai.models.builder", run_name="__main__", alter_sys=True)
