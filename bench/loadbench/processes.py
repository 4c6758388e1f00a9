"""Child processes: start, wait until they answer, sample their memory, stop them.

Every server runs in its own session (process group), so stopping it reaches the
workers it forked or spawned, and nothing else on the machine.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


class BenchError(RuntimeError):
    """The benchmark cannot go on; the message says why."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """A server process started by the bench, with its log file."""

    name: str
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def check_alive(self) -> None:
        code = self.process.poll()
        if code is not None:
            raise BenchError(
                f"{self.name} exited with status {code}; end of {self.log_path}:\n{self.log_tail()}"
            )


def run_checked(
    name: str, argv: Sequence[str], env: Mapping[str, str], log_path: Path, timeout: float = 120
) -> None:
    """Run a one-shot command (a migration, say); fail with its output when it fails."""
    with log_path.open("ab") as log:
        result = subprocess.run(
            list(argv),
            env=dict(env),
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
    if result.returncode != 0:
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-30:])
        raise BenchError(f"{name} failed with status {result.returncode}:\n{tail}")


def output_of(
    name: str, argv: Sequence[str], env: Mapping[str, str], log_path: Path, timeout: float = 120
) -> str:
    """Run a one-shot command and return its standard output; fail when it fails."""
    result = subprocess.run(
        list(argv), env=dict(env), capture_output=True, text=True, timeout=timeout, check=False
    )
    with log_path.open("a") as log:
        log.write(f"$ {name}\n{result.stderr}")
    if result.returncode != 0:
        raise BenchError(f"{name} failed with status {result.returncode}:\n{result.stderr}")
    return result.stdout


# On a shared machine, tests running beside the bench take CPU from the servers. When the
# bench may, it runs servers and wrk at a higher priority (all of them alike), so
# that other work yields to them.
NICENESS = -10


def prioritised(argv: Sequence[str]) -> list[str]:
    """argv run at NICENESS when this process is allowed to raise priority, else as is."""
    if os.geteuid() == 0 and shutil.which("nice"):
        return ["nice", "-n", str(NICENESS), *argv]
    return list(argv)


def start(name: str, argv: Sequence[str], env: Mapping[str, str], log_path: Path) -> Server:
    """Start a long-running server in a new session, its output going to log_path."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = log_path.open("ab")
    try:
        process = subprocess.Popen(
            prioritised(argv),
            env=dict(env),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    finally:
        log.close()  # the child holds its own copy of the descriptor
    return Server(name=name, process=process, log_path=log_path)


def wait_http(server: Server, url: str, timeout: float = 60) -> None:
    """Wait until url answers any HTTP status; fail early if the server dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        server.check_alive()
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answered: an error status still means it is up
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            time.sleep(0.2)
    raise BenchError(
        f"{server.name} did not answer {url} within {timeout:.0f} s:\n{server.log_tail()}"
    )


def stop(server: Server, grace: float = 10) -> None:
    """SIGTERM the server's process group, then SIGKILL whatever is left after grace."""
    try:
        pgid = os.getpgid(server.pid)
    except ProcessLookupError:
        pgid = server.pid  # the leader is gone; its group may still hold workers
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        server.process.poll()
        if not _group_alive(pgid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.process.wait(timeout=5)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    # Zombies still count for killpg(0); reap ours and look at the states of the rest.
    return any(_state(pid) not in ("Z", "X", "") for pid in _pids_in_group(pgid))


def _pids_in_group(pgid: int) -> Iterator[int]:
    for entry in os.listdir("/proc"):
        if entry.isdigit() and _stat_fields(int(entry)).get("pgrp") == pgid:
            yield int(entry)


def _stat_fields(pid: int) -> dict[str, int]:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return {}
    # The command name is in parentheses and may hold spaces: split after the last ')'.
    fields = raw[raw.rindex(")") + 2 :].split()
    return {"ppid": int(fields[1]), "pgrp": int(fields[2])}


def _state(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return raw[raw.rindex(")") + 2 :].split()[0]


def descendants(root: int) -> list[int]:
    """root and every live process below it (workers, spawn helpers)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            ppid = _stat_fields(int(entry)).get("ppid")
            if ppid is not None:
                children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        if _state(pid) in ("Z", "X", ""):
            continue
        found.append(pid)
        todo.extend(children.get(pid, []))
    return sorted(found)


@dataclass(frozen=True)
class Memory:
    """Resident memory of a process tree, in bytes.

    RSS counts pages shared between a master and its forked workers once per process;
    PSS divides each shared page among its users, so the PSS sum is what the tree costs.
    """

    processes: int
    rss: int
    pss: int


def memory(root: int) -> Memory:
    """Sum VmRSS and Pss over root and its descendants, from /proc."""
    rss = pss = count = 0
    for pid in descendants(root):
        rss_kb = _proc_kb(f"/proc/{pid}/status", "VmRSS:")
        if rss_kb is None:
            continue
        count += 1
        rss += rss_kb * 1024
        pss += (_proc_kb(f"/proc/{pid}/smaps_rollup", "Pss:") or 0) * 1024
    return Memory(processes=count, rss=rss, pss=pss)


def _proc_kb(path: str, key: str) -> int | None:
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def tree_cpu(root: int) -> tuple[float, float]:
    """(user, system) CPU seconds used so far by root and its live descendants."""
    ticks = os.sysconf("SC_CLK_TCK")
    user = system = 0
    for pid in descendants(root):
        try:
            raw = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2 :].split()
        user += int(fields[11])
        system += int(fields[12])
    return user / ticks, system / ticks


def cpu_seconds(root: int) -> float:
    """User + system CPU time used so far by root and its live descendants."""
    return sum(tree_cpu(root))


def wait_idle(root: int, timeout: float = 60, window: float = 0.5) -> float:
    """Wait until the tree uses under 5% of a core over window; return the seconds waited.

    wrk stops sending when its time is up, but a slow server still works through the
    requests already queued; the next measure must not inherit that backlog.
    """
    started = time.monotonic()
    before = cpu_seconds(root)
    while time.monotonic() - started < timeout:
        time.sleep(window)
        after = cpu_seconds(root)
        if after - before < 0.05 * window:
            break
        before = after
    return time.monotonic() - started


def _proc_stat_cpu() -> list[int]:
    return [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]


def machine_busy_seconds() -> float:
    """CPU seconds all cores have spent busy since boot, from /proc/stat."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = _proc_stat_cpu()[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def machine_user_seconds() -> float:
    """CPU seconds all cores have spent in user mode since boot.

    Kernel time is left out: loopback traffic is handled in softirqs charged to whoever
    is running, so it cannot be told apart from other work; user time can.
    """
    user, nice = _proc_stat_cpu()[:2]
    return (user + nice) / os.sysconf("SC_CLK_TCK")


def wait_quiet(limit: float, timeout: float, window: float = 2.0) -> float | None:
    """Wait until the whole machine uses under limit cores over window seconds.

    Returns the busy cores of the last window when timeout ran out first, else None.
    """
    deadline = time.monotonic() + timeout
    while True:
        before = machine_busy_seconds()
        time.sleep(window)
        busy = (machine_busy_seconds() - before) / window
        if busy < limit:
            return None
        if time.monotonic() >= deadline:
            return busy
