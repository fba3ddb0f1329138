"""Build the teacher the command line asks for."""

from __future__ import annotations

from pathlib import Path

from assistant.distill.teachers.assembled import AssembledTeacher
from assistant.errors import TeacherError


def add_teacher_arguments(parser) -> None:
    g = parser.add_argument_group("teacher (one of)")
    g.add_argument("--teacher-url", help="an OpenAI-compatible endpoint, e.g. "
                   "https://generativelanguage.googleapis.com/v1beta/openai or http://127.0.0.1:8000/v1")
    g.add_argument("--teacher-model", help="the model name the endpoint expects (e.g. gemini-2.5-flash)")
    g.add_argument("--api-key-env", help="the environment variable that holds the API key (never logged)")
    g.add_argument("--allow-plain-http", action="store_true",
                   help="send the API key over plain http to a host that is not this machine (refused otherwise)")
    g.add_argument("--teacher-local", type=Path, help="a local transformers model folder or .gguf file")
    g.add_argument("--teacher-onnx", default="smollm2-135m-instruct",
                   help="an ONNX model under models/ run by the app's runtime (default: %(default)s)")
    g.add_argument("--samples", type=int, default=4, help="candidates per prompt (default %(default)s)")
    g.add_argument("--temperature", type=float, default=0.8)
    g.add_argument("--concurrency", type=int, default=4)
    g.add_argument("--rpm", type=float, default=0, help="requests per minute limit (0: none)")
    g.add_argument("--timeout", type=float, default=60.0, help="seconds per request")
    g.add_argument("--retries", type=int, default=4)
    g.add_argument("--no-planner", action="store_true", help="do not let the skill planner propose tool calls")


def make_teacher(args, cache: Path) -> AssembledTeacher:
    if args.teacher_url:
        from assistant.distill.teachers.openai_compat import OpenAITeacher

        if not args.teacher_model:
            raise TeacherError("--teacher-url needs --teacher-model.", hint="Name the model the endpoint serves.")
        lm = OpenAITeacher(args.teacher_url, args.teacher_model, api_key_env=args.api_key_env,
                           concurrency=args.concurrency, requests_per_minute=args.rpm, timeout_s=args.timeout,
                           max_retries=args.retries, cache_path=cache,
                           allow_plain_http=getattr(args, "allow_plain_http", False))
    elif args.teacher_local:
        from assistant.distill.teachers.local import LocalTeacher

        lm = LocalTeacher(args.teacher_local, cache_path=cache)
    else:
        from assistant.distill.teachers.onnx import OnnxTeacher
        from assistant.modelstore.registry import model_dir

        folder = model_dir(args.teacher_onnx)
        if not (folder / "manifest.json").exists():
            raise TeacherError(f"The ONNX teacher {args.teacher_onnx} is not installed.",
                               hint=f"Run `assistant models install --with {args.teacher_onnx}`.")
        lm = OnnxTeacher(folder, cache_path=cache)
    return AssembledTeacher(lm, samples=args.samples, temperature=args.temperature, planner=not args.no_planner)
