"""docker-compose.yml, Dockerfile and .dockerignore, checked without a Docker engine.

The compose file must parse, wire PostgreSQL 16, Redis 7, MinIO, a one-shot migration, the app
and a scalable worker together, and hand the Python services only variables that `Settings`
reads. The Dockerfile must build the image those services share.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml

from logostudio.config import Settings, normalise_database_url

REPO = Path(__file__).resolve().parents[1]
COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
DOCKERIGNORE = REPO / ".dockerignore"

PYTHON_SERVICES = ("migrate", "app", "worker", "reconciler")
CORE_VARIABLES = {
    "DATABASE_URL",
    "REDIS_URL",
    "S3_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "S3_BUCKET",
    "S3_PUBLIC_BASE",
}

# ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message}, ${VAR:+alt}, $VAR, $$
_INTERPOLATION = re.compile(
    r"\$(?:(?P<escaped>\$)"
    r"|\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}"
    r"|(?P<bare>[A-Za-z_][A-Za-z0-9_]*))"
)


def interpolate(value: str, environ: dict[str, str] | None = None) -> str:
    """Resolve Compose `${VAR:-default}`-style interpolation against `environ` (empty: defaults)."""
    environ = environ or {}

    def replace(match: re.Match[str]) -> str:
        if match["escaped"]:
            return "$"
        name = match["braced"] or match["bare"]
        op, arg = match["op"], match["arg"] or ""
        is_set = name in environ
        is_filled = is_set and environ[name] != ""
        if op in (":-", "-"):
            use_default = not is_filled if op == ":-" else not is_set
            return arg if use_default else environ[name]
        if op in (":?", "?"):
            missing = not is_filled if op == ":?" else not is_set
            if missing:
                raise ValueError(f"required variable {name} is not set: {arg}")
            return environ[name]
        if op in (":+", "+"):
            present = is_filled if op == ":+" else is_set
            return arg if present else ""
        return environ.get(name, "")

    return _INTERPOLATION.sub(replace, value)


def variables_without_default(value: str) -> list[str]:
    """Names interpolated in `value` that have no fallback when unset."""
    return [
        m["braced"] or m["bare"]
        for m in _INTERPOLATION.finditer(value)
        if not m["escaped"] and m["op"] not in (":-", "-")
    ]


def environment_of(service: dict[str, Any]) -> dict[str, str | None]:
    """A service's `environment`, list form (`KEY=VALUE`, bare `KEY`) or mapping form."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        out: dict[str, str | None] = {}
        for item in env:
            key, sep, value = str(item).partition("=")
            out[key] = value if sep else None
        return out
    assert isinstance(env, dict), f"environment must be a list or a mapping, not {type(env).__name__}"
    return {str(k): None if v is None else str(v) for k, v in env.items()}


def resolved_environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment with every interpolation at its default (nothing set on the host)."""
    return {k: interpolate(v) for k, v in environment_of(service).items() if v is not None}


def command_words(command: str | list[str] | None) -> list[str]:
    """A Compose `command` as the argument list the container gets."""
    if command is None:
        return []
    return shlex.split(command) if isinstance(command, str) else [str(w) for w in command]


def depends_on(service: dict[str, Any]) -> dict[str, str]:
    """`depends_on` as {service: condition}, the short list form meaning `service_started`."""
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):
        return dict.fromkeys(deps, "service_started")
    return {name: (spec or {}).get("condition", "service_started") for name, spec in deps.items()}


def published_container_ports(service: dict[str, Any]) -> set[int]:
    """Container ports a service publishes on the host (short `H:C` and long `target:` forms)."""
    ports: set[int] = set()
    for entry in service.get("ports") or []:
        if isinstance(entry, dict):
            ports.add(int(entry["target"]))
        else:
            spec = str(entry).split("/")[0]
            ports.add(int(spec.rsplit(":", 1)[-1]))
    return ports


def settings_env_names() -> set[str]:
    """Every environment name `Settings` reads."""
    return {field.alias or name.upper() for name, field in Settings.model_fields.items()}


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined and comments dropped."""
    lines: list[str] = []
    pending = ""
    for raw in DOCKERFILE.read_text().splitlines():
        stripped = raw.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        lines.append(pending + stripped)
        pending = ""
    assert not pending, "Dockerfile ends inside a continued line"
    out = []
    for line in lines:
        instruction, _, args = line.partition(" ")
        out.append((instruction.upper(), args.strip()))
    return out


def copy_sources(args: str) -> list[str]:
    """Source paths of a COPY/ADD (shell or JSON form), flags and destination dropped."""
    words = json.loads(args) if args.startswith("[") else shlex.split(args)
    words = [w for w in words if not w.startswith("--")]
    assert len(words) >= 2, f"COPY needs a source and a destination: {args!r}"
    return words[:-1]


def dockerignore_patterns() -> list[str]:
    """The non-comment lines of .dockerignore, normalised as Docker does (no leading ./ or /)."""
    patterns = []
    for line in DOCKERIGNORE.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            negate = line.startswith("!")
            body = line[1:] if negate else line
            body = body.lstrip("/").removeprefix("./").rstrip("/")
            patterns.append(("!" if negate else "") + body)
    return patterns


def is_ignored(path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore leaves `path` (or a folder above it) out of the build context."""
    parts = Path(path).parts
    candidates = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        body = pattern[1:] if negate else pattern
        regex = fnmatch.translate(body.replace("**/", "\x00")).replace("\x00", "(?:.*/)?")
        if any(re.fullmatch(regex, c) for c in candidates):
            ignored = not negate
    return ignored


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    assert COMPOSE.is_file(), "docker-compose.yml is missing"
    data = yaml.safe_load(COMPOSE.read_text())  # anchors, aliases and `<<` merges resolved
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


@pytest.fixture(scope="module")
def app_env(services: dict[str, dict[str, Any]]) -> dict[str, str]:
    return resolved_environment(services["app"])


# --- docker-compose.yml ------------------------------------------------------------------------


def test_compose_spec_shape(compose: dict[str, Any]) -> None:
    assert "version" not in compose, "the Compose spec has no top-level `version:`"
    allowed = {"services", "volumes", "networks", "configs", "secrets", "name", "include"}
    unknown = {k for k in compose if k not in allowed and not k.startswith("x-")}
    assert not unknown, f"unknown top-level keys: {unknown}"
    assert "x-logostudio-env" in compose


def test_services_and_images(services: dict[str, dict[str, Any]]) -> None:
    assert {"postgres", "redis", "minio", "migrate", "app", "worker", "reconciler"} <= set(services)
    assert services["postgres"]["image"].split(":")[1].startswith("16")
    assert services["postgres"]["image"].split(":")[0] == "postgres"
    assert services["redis"]["image"].split(":")[0] == "redis"
    assert services["redis"]["image"].split(":")[1].startswith("7")
    assert services["minio"]["image"].startswith("minio/")


def test_named_volumes_are_declared(compose: dict[str, Any], services: dict[str, dict[str, Any]]) -> None:
    declared = set(compose.get("volumes") or {})
    for name in ("postgres", "minio"):
        mounts = [str(v).split(":")[0] for v in services[name].get("volumes") or []]
        assert mounts, f"{name} keeps its data in a volume"
        for source in mounts:
            if not source.startswith((".", "/")):
                assert source in declared, f"{name} mounts undeclared volume {source!r}"


def test_backing_services_have_healthchecks(services: dict[str, dict[str, Any]]) -> None:
    postgres = services["postgres"]
    env = environment_of(postgres)
    assert {"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"} <= set(env)
    assert "pg_isready" in " ".join(command_words(postgres["healthcheck"]["test"]))
    assert command_words(services["redis"]["healthcheck"]["test"])[-2:] == ["redis-cli", "ping"]
    minio = services["minio"]
    assert command_words(minio["healthcheck"]["test"])[-3:] == ["mc", "ready", "local"]
    words = command_words(minio["command"])
    assert words[:2] == ["server", "/data"]
    assert words[words.index("--console-address") + 1] == ":9001"
    assert {"MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"} <= set(environment_of(minio))
    assert {9000, 9001} <= published_container_ports(minio)


def test_python_services_share_one_image(services: dict[str, dict[str, Any]]) -> None:
    images = {services[name].get("image") for name in PYTHON_SERVICES}
    builds = {json.dumps(services[name].get("build"), sort_keys=True) for name in PYTHON_SERVICES}
    assert images == {"ai-logo-studio:latest"}
    assert len(builds) == 1 and builds != {"null"}, "one identical build for all three"
    build = services["app"]["build"]
    context = build if isinstance(build, str) else build.get("context", ".")
    assert (REPO / context / "Dockerfile").resolve() == DOCKERFILE


def test_every_variable_is_a_settings_field(services: dict[str, dict[str, Any]]) -> None:
    names = settings_env_names()
    assert "DATABASE_URL" in names and "LOGO_QUEUE" in names
    for name in PYTHON_SERVICES:
        env = environment_of(services[name])
        assert env, f"{name} gets no environment"
        unknown = set(env) - names
        assert not unknown, f"{name} passes variables Settings does not read: {sorted(unknown)}"
        missing = CORE_VARIABLES - set(env)
        assert not missing, f"{name} lacks {sorted(missing)}"
        for key, value in env.items():
            assert value is not None and value != "", f"{name}: {key} has no value"
            assert not variables_without_default(value), f"{name}: {key} needs a host variable"


def test_python_services_get_the_same_environment(services: dict[str, dict[str, Any]]) -> None:
    envs = [environment_of(services[name]) for name in PYTHON_SERVICES]
    assert envs[0] == envs[1] == envs[2]


def test_environment_builds_production_settings(app_env: dict[str, str]) -> None:
    settings = Settings(**app_env)
    assert settings.is_postgres
    assert settings.sqlalchemy_url.startswith("postgresql+psycopg://")
    assert settings.sqlalchemy_url == normalise_database_url(app_env["DATABASE_URL"])
    assert settings.uses_s3
    assert settings.queue_name == "logo.requests"
    assert settings.redis_url == "redis://redis:6379/0"
    assert settings.s3_endpoint_url == "http://minio:9000"
    assert settings.s3_public_base == "http://localhost:9000"
    assert settings.s3_bucket == "ai-logo-studio"
    assert settings.aws_region == "us-east-1"


def test_urls_name_services_of_the_file(services: dict[str, dict[str, Any]], app_env: dict[str, str]) -> None:
    expected = {"DATABASE_URL": ("postgres", 5432), "REDIS_URL": ("redis", 6379), "S3_ENDPOINT_URL": ("minio", 9000)}
    for key, (host, port) in expected.items():
        url = urlparse(app_env[key])
        assert url.hostname == host and url.hostname in services, f"{key} points at {url.hostname}"
        assert url.port == port


def test_database_credentials_match_postgres(services: dict[str, dict[str, Any]], app_env: dict[str, str]) -> None:
    pg = {k: interpolate(v or "") for k, v in environment_of(services["postgres"]).items()}
    url = urlparse(app_env["DATABASE_URL"])
    assert url.username == pg["POSTGRES_USER"]
    assert url.password == pg["POSTGRES_PASSWORD"]
    assert url.path.lstrip("/") == pg["POSTGRES_DB"]


def test_s3_credentials_match_minio(services: dict[str, dict[str, Any]], app_env: dict[str, str]) -> None:
    raw_minio = environment_of(services["minio"])
    raw_app = environment_of(services["app"])
    # Equal with nothing set on the host, and still equal when the user overrides them.
    override = {
        "MINIO_ROOT_USER": "someone",
        "MINIO_ROOT_PASSWORD": "a-long-secret",
        "AWS_ACCESS_KEY_ID": "other",
        "AWS_SECRET_ACCESS_KEY": "other-secret",
    }
    for environ in ({}, override):
        minio = {k: interpolate(v or "", environ) for k, v in raw_minio.items()}
        app = {k: interpolate(v or "", environ) for k, v in raw_app.items()}
        assert app["AWS_ACCESS_KEY_ID"] == minio["MINIO_ROOT_USER"]
        assert app["AWS_SECRET_ACCESS_KEY"] == minio["MINIO_ROOT_PASSWORD"]
    assert len(interpolate(raw_minio["MINIO_ROOT_USER"] or "")) >= 3
    assert len(interpolate(raw_minio["MINIO_ROOT_PASSWORD"] or "")) >= 8, "MinIO wants 8+ characters"


def test_presigned_urls_reach_published_minio(services: dict[str, dict[str, Any]], app_env: dict[str, str]) -> None:
    public = urlparse(app_env["S3_PUBLIC_BASE"])
    assert public.hostname == "localhost"
    host_ports = {
        int(str(p).split("/")[0].split(":")[-2])
        for p in services["minio"]["ports"]
        if isinstance(p, str) and str(p).count(":") >= 1
    }
    assert public.port in host_ports, "S3_PUBLIC_BASE must be a port MinIO publishes on the host"


def test_migrate_is_one_shot(services: dict[str, dict[str, Any]]) -> None:
    migrate = services["migrate"]
    assert command_words(migrate["command"]) == ["python", "-m", "logostudio", "migrate"]
    assert migrate["restart"] == "no"
    assert depends_on(migrate) == {"postgres": "service_healthy"}
    assert not migrate.get("ports")


def test_app_serves_8501_after_migration(services: dict[str, dict[str, Any]]) -> None:
    app = services["app"]
    assert "8501:8501" in [str(p) for p in app["ports"]]
    assert "command" not in app, "the app runs the image's Streamlit CMD"
    assert depends_on(app) == {
        "migrate": "service_completed_successfully",
        "redis": "service_healthy",
        "minio": "service_healthy",
    }


def test_worker_scales(services: dict[str, dict[str, Any]]) -> None:
    worker = services["worker"]
    assert "container_name" not in worker, "a fixed name stops --scale worker=3"
    assert not worker.get("ports"), "host ports stop --scale worker=3"
    assert "hostname" not in worker
    words = command_words(worker["command"])
    assert words == ["python", "worker.py"] or (words[:2] == ["rq", "worker"] and "logo.requests" in words)
    assert depends_on(worker) == {
        "migrate": "service_completed_successfully",
        "redis": "service_healthy",
        "minio": "service_healthy",
    }
    deploy = worker.get("deploy") or {}
    assert "replicas" not in deploy or deploy["replicas"] == 1


def test_the_reconciler_runs_once_the_schema_and_redis_are_there(services: dict[str, dict[str, Any]]) -> None:
    reconciler = services["reconciler"]
    assert command_words(reconciler["command"]) == ["python", "-m", "logostudio", "reconcile"]
    assert reconciler["restart"] == "unless-stopped"
    assert not reconciler.get("ports")
    assert depends_on(reconciler) == {"migrate": "service_completed_successfully", "redis": "service_healthy"}


def test_non_http_services_skip_the_streamlit_healthcheck(services: dict[str, dict[str, Any]]) -> None:
    for name in ("migrate", "worker", "reconciler"):
        assert services[name]["healthcheck"] == {"disable": True}, f"{name} serves no /_stcore/health"


def test_no_service_pins_a_container_name(services: dict[str, dict[str, Any]]) -> None:
    assert not [name for name, svc in services.items() if "container_name" in svc]


# --- Dockerfile and .dockerignore ----------------------------------------------------------------


def test_dockerfile_base_and_system_packages() -> None:
    instructions = dockerfile_instructions()
    assert instructions[0][0] == "FROM"
    assert instructions[0][1].split()[0] == "python:3.11-slim"
    runs = [args for ins, args in instructions if ins == "RUN"]
    apt = next(r for r in runs if "apt-get install" in r)
    assert "libcairo2" in apt.split()
    assert "--no-install-recommends" in apt
    assert "rm -rf /var/lib/apt/lists/*" in apt


def test_dockerfile_keeps_every_system_font_the_engine_uses() -> None:
    from logostudio.design.fonts import FACES

    runs = [args for ins, args in dockerfile_instructions() if ins == "RUN"]
    apt = next(r for r in runs if "apt-get install" in r)
    assert {"fonts-noto-core", "fonts-noto-cjk"} <= set(apt.split())
    # `find … ! -regex A ! -regex B -delete` keeps what matches A or B (find's emacs regex syntax).
    kept = [
        re.compile(p.replace("\\(", "(").replace("\\)", ")").replace("\\|", "|"))
        for p in re.findall(r"! -regex '([^']+)'", apt)
    ]
    assert kept
    system = {spec.file for spec in FACES.values() if spec.package is None}
    truetype = {f for f in system if f.endswith(".ttf")}
    assert truetype and all(any(p.fullmatch(f"/usr/share/fonts/truetype/noto/{f}") for p in kept) for f in truetype)
    assert system - truetype == {
        "NotoSansCJK-Regular.ttc",
        "NotoSansCJK-Bold.ttc",
        "NotoSerifCJK-Regular.ttc",
        "NotoSerifCJK-Bold.ttc",
    }  # fonts-noto-cjk's files, kept whole


def test_dockerfile_installs_requirements() -> None:
    instructions = dockerfile_instructions()
    copies = [copy_sources(args) for ins, args in instructions if ins == "COPY"]
    assert ["requirements.txt"] in copies
    pip_index = next(i for i, (ins, args) in enumerate(instructions) if ins == "RUN" and "pip install" in args)
    assert "-r requirements.txt" in instructions[pip_index][1]
    assert "--no-cache-dir" in instructions[pip_index][1]
    req_index = next(
        i for i, (ins, args) in enumerate(instructions) if ins == "COPY" and copy_sources(args) == ["requirements.txt"]
    )
    app_index = next(
        i for i, (ins, args) in enumerate(instructions) if ins == "COPY" and "app.py" in copy_sources(args)
    )
    assert req_index < pip_index < app_index, "dependencies are a layer of their own, before the code"


def test_dockerfile_copies_what_exists_and_is_in_the_context() -> None:
    patterns = dockerignore_patterns()
    sources = [s for ins, args in dockerfile_instructions() if ins in ("COPY", "ADD") for s in copy_sources(args)]
    for source in sources:
        assert (REPO / source).exists(), f"COPY {source}: no such path in the repository"
        assert not is_ignored(source, patterns), f"COPY {source}: excluded by .dockerignore"
    # What the app, the worker and the migration need at run time.
    for needed in ("app.py", "worker.py", "logostudio", "pages", ".streamlit"):
        assert needed in sources, f"the image lacks {needed}"


def test_dockerfile_runs_streamlit_as_non_root() -> None:
    instructions = dockerfile_instructions()
    users = [args for ins, args in instructions if ins == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert ("EXPOSE", "8501") in instructions
    cmd = json.loads(next(args for ins, args in instructions if ins == "CMD"))
    assert cmd[:3] == ["streamlit", "run", "app.py"]
    assert {"--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"} <= set(cmd)
    health = next(args for ins, args in instructions if ins == "HEALTHCHECK")
    assert "/_stcore/health" in health and "8501" in health and "curl" not in health


def test_dockerignore_keeps_local_state_out() -> None:
    patterns = dockerignore_patterns()
    for path in (".venv", "data", ".git", ".env", "logostudio/__pycache__", "test-artifacts", ".pytest_cache"):
        assert is_ignored(path, patterns), f".dockerignore lets {path} into the build context"
    for path in ("requirements.txt", "app.py", "logostudio/config.py"):
        assert not is_ignored(path, patterns)


# --- the helpers themselves ------------------------------------------------------------------------


def test_interpolation_helper() -> None:
    assert interpolate("${A:-x}") == "x"
    assert interpolate("${A:-x}", {"A": ""}) == "x"
    assert interpolate("${A-x}", {"A": ""}) == ""
    assert interpolate("${A:-http://h:9000}/p", {}) == "http://h:9000/p"
    assert interpolate("$A-${B}", {"A": "1", "B": "2"}) == "1-2"
    assert interpolate("$$HOME") == "$HOME"
    assert variables_without_default("${A:-x} ${B} $C $$D") == ["B", "C"]
    with pytest.raises(ValueError):
        interpolate("${A:?needed}")


def test_environment_helper_reads_both_forms() -> None:
    assert environment_of({"environment": ["A=1", "B=x=y", "C"]}) == {"A": "1", "B": "x=y", "C": None}
    assert environment_of({"environment": {"A": 1, "B": None}}) == {"A": "1", "B": None}
    assert environment_of({}) == {}


def host_bindings(service: dict[str, Any], environ: dict[str, str] | None = None) -> dict[int, str]:
    """Each published container port and the host address it is bound to ("" for every address)."""
    bound: dict[int, str] = {}
    for entry in service.get("ports") or []:
        if isinstance(entry, dict):
            bound[int(entry["target"])] = interpolate(str(entry.get("host_ip", "")), environ)
            continue
        parts = interpolate(str(entry).split("/")[0], environ).split(":")
        bound[int(parts[-1])] = parts[0] if len(parts) == 3 else ""
    return bound


def test_minio_with_its_default_credentials_answers_only_on_loopback(services: dict[str, dict[str, Any]]) -> None:
    """MinIO's default root credentials are in this file for anyone to read: unless the operator
    says otherwise, its API and console are reachable from this machine only."""
    minio = services["minio"]
    assert host_bindings(minio) == {9000: "127.0.0.1", 9001: "127.0.0.1"}
    # An operator who set their own credentials may publish it wider on purpose.
    assert set(host_bindings(minio, {"MINIO_BIND": "0.0.0.0"}).values()) == {"0.0.0.0"}
    # The backing services with fixed passwords publish nothing at all.
    assert not services["postgres"].get("ports") and not services["redis"].get("ports")
