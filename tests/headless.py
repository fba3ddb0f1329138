"""The real audio path with no sound card: a throw-away PulseAudio daemon with a virtual microphone
(a null sink `vmic_in` whose monitor is remapped as the source `vmic`) and a virtual speaker (the
null sink `vspeaker`, recorded back from its monitor). Recipe: shared/notes/headless-av.md."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path


class VirtualAudio:
    def __init__(self) -> None:
        self.runtime = Path(tempfile.mkdtemp(prefix="assistant-pulse-"))
        os.chmod(self.runtime, 0o700)
        self.env = dict(os.environ, XDG_RUNTIME_DIR=str(self.runtime),
                        PULSE_SERVER=f"unix:{self.runtime}/pulse/native", PULSE_RUNTIME_PATH=str(self.runtime / "pulse"))
        self._keepalive: list[subprocess.Popen] = []

    def _run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(cmd, env=self.env, check=check, capture_output=True, text=True, timeout=30)

    def start(self) -> "VirtualAudio":
        self._run("pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--disallow-exit", "--disable-shm=yes",
                  "--load=module-native-protocol-unix",
                  "--load=module-null-sink sink_name=vspeaker rate=16000 channels=1",
                  "--load=module-null-sink sink_name=vmic_in rate=16000 channels=1",
                  "--load=module-remap-source source_name=vmic master=vmic_in.monitor")
        for _ in range(50):
            if self._run("pactl", "info", check=False).returncode == 0:
                break
            time.sleep(0.1)
        self._run("pactl", "set-default-sink", "vspeaker")
        self._run("pactl", "set-default-source", "vmic")
        # An idle null sink renders in 2 s blocks: keep both ticking so streams start at once.
        for sink in ("vspeaker", "vmic_in"):
            self._keepalive.append(subprocess.Popen(
                ["pacat", "--raw", "-p", "-d", sink, "--latency-msec=20", "/dev/zero"], env=self.env,
                start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(0.3)
        for sink in ("vspeaker", "vmic_in"):
            self._run("pactl", "suspend-sink", sink, "1")
            self._run("pactl", "suspend-sink", sink, "0")
        return self

    def speak_into_mic(self, wav: Path) -> subprocess.Popen:
        """Play `wav` into the virtual microphone in real time (returns at once)."""
        return subprocess.Popen(["paplay", "-d", "vmic_in", str(wav)], env=self.env)

    def record_speaker(self, out: Path) -> subprocess.Popen:
        """Record what the app plays, as raw s16le 16 kHz mono, until stopped."""
        handle = open(out, "wb")
        return subprocess.Popen(["parecord", "-d", "vspeaker.monitor", "--raw", "--format=s16le",
                                 "--rate=16000", "--channels=1"], env=self.env, stdout=handle)

    def stop(self) -> None:
        for proc in self._keepalive:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        self._run("pactl", "exit", check=False) if shutil.which("pactl") else None
        self._run("pulseaudio", "--kill", check=False)
        shutil.rmtree(self.runtime, ignore_errors=True)


class Echo:
    """The room's echo: what the virtual speaker plays is also heard by the virtual microphone
    (a PulseAudio loopback), as a laptop's microphone hears its own speakers."""

    def __init__(self, audio: VirtualAudio) -> None:
        self.audio = audio
        self.module = ""

    def __enter__(self) -> "Echo":
        self.module = self.audio._run("pactl", "load-module", "module-loopback", "source=vspeaker.monitor",
                                      "sink=vmic_in", "latency_msec=30").stdout.strip()
        return self

    def __exit__(self, *exc) -> None:
        self.audio._run("pactl", "unload-module", self.module, check=False)


class TrayHost:
    """A system-tray host for Xvfb: the owner of the _NET_SYSTEM_TRAY_S0 selection, which is what
    Qt looks for (freedesktop System Tray spec). No tray package is in the apt sources here, so this
    minimal host (python-xlib, installed with pynput) accepts icons and embeds them in its window."""

    def __init__(self, display: str) -> None:
        self.display_name = display
        self.docked: list[int] = []

    def __enter__(self) -> "TrayHost":
        import threading

        from Xlib import X, display
        from Xlib.protocol import event

        self.d = display.Display(self.display_name)
        screen = self.d.screen()
        self.window = screen.root.create_window(0, 0, 200, 32, 0, screen.root_depth)
        self.window.map()
        selection = self.d.intern_atom("_NET_SYSTEM_TRAY_S0")
        self.opcode = self.d.intern_atom("_NET_SYSTEM_TRAY_OPCODE")
        self.window.set_selection_owner(selection, X.CurrentTime)
        manager = self.d.intern_atom("MANAGER")
        screen.root.send_event(event.ClientMessage(window=screen.root, client_type=manager,
                                                   data=(32, [X.CurrentTime, selection, self.window.id, 0, 0])),
                               event_mask=X.StructureNotifyMask)
        self.d.flush()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        from Xlib import X

        while not self._stop.is_set():
            while self.d.pending_events():
                e = self.d.next_event()
                if e.type == X.ClientMessage and e.client_type == self.opcode and e.data[1][1] == 0:  # REQUEST_DOCK
                    icon = self.d.create_resource_object("window", e.data[1][2])
                    icon.reparent(self.window, 0, 0)
                    icon.map()
                    self.docked.append(e.data[1][2])
                    self.d.flush()
            self._stop.wait(0.05)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(2)
        self.window.destroy()
        self.d.close()


def start_xvfb(screen: str = "1280x800x24") -> tuple[subprocess.Popen, str]:
    """A throw-away X server and its display (":N"). -displayfd: the server picks a free display
    number, so parallel runs never share a screen."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        return proc, ":" + pipe.readline().strip()


def wait_for(app, condition, timeout: float = 60.0) -> bool:
    """Run Qt's events until `condition()` holds (True) or `timeout` seconds pass (False)."""
    end = time.time() + timeout
    while time.time() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False

