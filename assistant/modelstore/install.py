"""`assistant models install|status`: install what is missing, verify what is there. Idempotent:
a model that is present and verifies is not rebuilt."""

from __future__ import annotations

from pathlib import Path

from assistant.core.cancel import CancelToken
from assistant.errors import AssistantError, ModelBuildError
from assistant.modelstore.manifest import Manifest, verify
from assistant.modelstore.progress import Progress, silent
from assistant.modelstore.registry import MODELS, installed_models, model_dir


def _installer(name: str):
    if name == "whisper-tiny.en":
        from assistant.modelstore.asr_install import install_tiny_en
        return lambda progress, cancel: install_tiny_en(progress)
    if name == "whisper-base":
        from assistant.modelstore.asr_install import install_base
        return lambda progress, cancel: install_base(progress)
    if name in MODELS and MODELS[name].kind == "lm":
        def build(progress, cancel):
            try:
                from assistant.modelstore.lm_build import build_lm
            except ImportError as exc:
                raise ModelBuildError(f"The model build tools are not installed ({exc.name} is missing).",
                                      hint="Run `make setup` (it installs the package with its [build] extra).") from exc
            return build_lm(progress, cancel, name=name)
        return build
    raise ModelBuildError(f"There is no model called {name}.", hint="Known models: " + ", ".join(MODELS) + ".")


def install(extra: list[str] = (), *, force: bool = False, progress: Progress = silent,
            cancel: CancelToken | None = None) -> dict[str, str]:
    """Install the default models and `extra`; return {name: "present" | "installed"}."""
    wanted = [name for name, spec in MODELS.items() if spec.default] + [n for n in extra if n not in MODELS or not MODELS[n].default]
    outcome = {}
    for name in wanted:
        installer = _installer(name)
        if not force:
            try:
                verify(model_dir(name), full=True)
                outcome[name] = "present"
                continue
            except AssistantError:
                pass
        installer(progress, cancel)
        verify(model_dir(name), full=True)
        outcome[name] = "installed"
    return outcome


def status() -> list[dict]:
    names = list(dict.fromkeys([n for n, s in MODELS.items() if s.default] + installed_models()))
    rows = []
    for name in names:
        folder: Path = model_dir(name)
        row = {"name": name, "kind": MODELS[name].kind if name in MODELS else None, "path": str(folder),
               "default": bool(name in MODELS and MODELS[name].default)}
        try:
            manifest: Manifest = verify(folder, full=True)
            row.update(status="ok", kind=manifest.kind, source=manifest.source,
                       size_mb=round(sum(f["size"] for f in manifest.files.values()) / 1e6, 1),
                       details=manifest.details)
        except AssistantError as err:
            row.update(status=err.code, problem=str(err))
        rows.append(row)
    return rows
