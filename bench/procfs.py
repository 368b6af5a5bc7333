"""CPU time and resident memory of a process and its descendants, read from /proc (psutil is not a dependency).

/proc/PID/stat after the command name: [state, ppid, ..., utime (index 11), stime, cutime, cstime] in clock ticks.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass
class Usage:
    """What a process tree used while a block ran."""

    cpu_s: float = 0.0  # user + system, all cores: 2.0 per second of wall time is both cores busy
    wall_s: float = 0.0
    peak_rss_mb: float = 0.0  # sum over the tree, sampled: a peak shorter than the interval can be missed
    machine_cpu_s: float = 0.0  # every process of the machine: what others used is the noise in the timings


def family(root: int) -> list[int]:
    """ROOT and its living descendants (from each thread's children list: the server forks from worker threads)."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        try:
            tasks = list(Path(f"/proc/{pid}/task").iterdir())
        except OSError:  # gone meanwhile
            continue
        for task in tasks:
            try:
                todo.extend(int(child) for child in (task / "children").read_text().split())
            except OSError:
                continue
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system time of these processes, with that of the children they waited for."""
    ticks = 0
    for pid in pids:
        try:
            text = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        ticks += sum(int(value) for value in text[text.rindex(")") + 2 :].split()[11:15])
    return ticks / TICK


def rss_mb(pids: list[int]) -> float:
    """Resident memory of these processes together (shared pages counted once per process)."""
    pages = 0
    for pid in pids:
        try:
            pages += int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except OSError:
            continue
    return pages * PAGE_MB


def machine_cpu_seconds() -> float:
    """CPU time all cores have been busy since boot (/proc/stat: user nice system idle iowait irq softirq steal)."""
    ticks = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return (sum(ticks) - ticks[3] - ticks[4]) / TICK


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the highest resident memory of one process since it started."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def metered(root: int, every_s: float | None = 0.2) -> Iterator[Usage]:
    """The usage of ROOT's process tree while the block runs; filled in when it ends. every_s=None: CPU time only
    (walking a browser's hundreds of threads five times a second would cost the machine what is measured)."""
    usage, stop = Usage(), threading.Event()

    def sample() -> None:
        while every_s is not None and not stop.is_set():
            usage.peak_rss_mb = max(usage.peak_rss_mb, rss_mb(family(root)))
            stop.wait(every_s)

    sampler = threading.Thread(target=sample, daemon=True)
    cpu_before, machine_before, started = cpu_seconds(family(root)), machine_cpu_seconds(), time.perf_counter()
    sampler.start()
    try:
        yield usage
    finally:
        stop.set()
        sampler.join()
        usage.cpu_s = cpu_seconds(family(root)) - cpu_before
        usage.machine_cpu_s = machine_cpu_seconds() - machine_before
        usage.wall_s = time.perf_counter() - started
        if every_s is not None:
            usage.peak_rss_mb = max(usage.peak_rss_mb, rss_mb(family(root)))
