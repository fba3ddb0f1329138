"""`assistant models install|status`: install what is missing, verify what is there. Idempotent:
a model that is present and verifies is not rebuilt."""

from __future__ import annotations

from pathlib import Path

from assistant.cancel import CancelToken
from assistant.errors import AssistantError, ModelBuildError
from assistant.modelstore.manifest import Manifest, verify
from assistant.modelstore.progress import Progress, silent
from assistant.modelstore.registry import LM_BUILD_VERSION, MODELS, installed_models, model_dir


def _installer(name: str):
    if name == "whisper-tiny.en":
        from assistant.modelstore.asr_install import install_tiny_en
        return lambda progress, cancel: install_tiny_en(progress)
    if name == "piper-en_US-joe-medium":
        from assistant.modelstore.asr_install import install_piper_voice
        return lambda progress, cancel: install_piper_voice(progress)
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
    from assistant.modelstore.teacher_install import TEACHERS

    if name in TEACHERS:
        from assistant.modelstore.teacher_install import install_teacher
        return lambda progress, cancel: install_teacher(name, progress)
    raise ModelBuildError(f"There is no model called {name}.",
                          hint="Known models: " + ", ".join([*MODELS, *TEACHERS]) + ".")


def install(extra: list[str] = (), *, force: bool = False, progress: Progress = silent,
            cancel: CancelToken | None = None) -> dict[str, str]:
    """Install the default models and `extra`; return {name: "present" | "installed"}."""
    wanted = [name for name, spec in MODELS.items() if spec.default] + [n for n in extra if n not in MODELS or not MODELS[n].default]
    installers = {name: _installer(name) for name in wanted}  # an unknown name fails before any work
    outcome = {}
    for name in wanted:
        installer = installers[name]
        if not force:
            try:
                manifest = verify(model_dir(name), full=True)
                reason = outdated(name, manifest)
                if not reason:
                    outcome[name] = "present"
                    continue
                progress(f"Rebuilding {name}: {reason}", 0.0)
            except AssistantError:
                pass
        installer(progress, cancel)
        verify(model_dir(name), full=True)
        outcome[name] = "installed"
    return outcome


def outdated(name: str, manifest: Manifest) -> str:
    """Why an intact registry answer model no longer matches what this checkout would build (an older
    build recipe, or a distilled adapter that changed since), or "" when it is current."""
    spec = MODELS.get(name)
    if spec is None or spec.kind != "lm":
        return ""
    if manifest.source.get("build", 1) != LM_BUILD_VERSION:
        return "it was built by an older recipe"
    if spec.adapter:
        from assistant.modelstore.manifest import sha256_file

        adapter = Path(spec.adapter) / "adapter_model.safetensors"
        built = manifest.source.get("adapter", {}).get("sha256")
        if adapter.exists() and built != sha256_file(adapter):
            return "the distilled adapter changed since it was built"
    return ""


def status() -> list[dict]:
    names = list(dict.fromkeys([n for n, s in MODELS.items() if s.default] + installed_models()))
    rows = []
    for name in names:
        folder: Path = model_dir(name)
        row = {"name": name, "kind": MODELS[name].kind if name in MODELS else None, "path": str(folder),
               "default": bool(name in MODELS and MODELS[name].default)}
        try:
            manifest: Manifest = verify(folder, full=True, remember=False)  # status only reads
            row.update(status="ok", kind=manifest.kind, source=manifest.source,
                       size_mb=round(sum(f["size"] for f in manifest.files.values()) / 1e6, 1),
                       details=manifest.details)
            reason = outdated(name, manifest)
            if reason:
                row["outdated"] = reason + "; `assistant models install` rebuilds it"
        except AssistantError as err:
            row.update(status=err.code, problem=str(err))
        rows.append(row)
    return rows
