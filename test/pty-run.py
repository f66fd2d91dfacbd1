#!/usr/bin/env python3
"""Runs a command on a real pseudo-terminal (its stdin, stdout and stderr), for the CLI tests of the
progress display. Usage: pty-run.py [--signal SIG --after TEXT] [--stdout-file F] -- cmd args...
With --stdout-file, the command's stdout goes to that file (a pipe-less, non-TTY stdout) while stderr
stays on the terminal. Prints one JSON object: {"status": exit code or -signal, "output": what the
terminal received}."""
import json, os, pty, select, signal, sys, time

args = sys.argv[1:]
sig = after = stdout_file = None
while args and args[0] != '--':
    if args[0] == '--signal': sig, args = getattr(signal, args[1]), args[2:]
    elif args[0] == '--after': after, args = args[1].encode(), args[2:]
    elif args[0] == '--stdout-file': stdout_file, args = args[1], args[2:]
    else: sys.exit('unknown option ' + args[0])
cmd = args[1:]
pid, fd = pty.fork()
if pid == 0:
    if stdout_file:
        out = os.open(stdout_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out, 1)
    os.execvp(cmd[0], cmd)
buf = b''
sent = False
done = 0
deadline = time.time() + 120
while time.time() < deadline:
    r, _, _ = select.select([fd], [], [], 0.05)
    if r:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        buf += chunk
    if sig and not sent and after and after in buf:
        time.sleep(0.2)
        os.kill(pid, sig)
        sent = True
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        # drain what is left
        while True:
            r, _, _ = select.select([fd], [], [], 0.1)
            if not r: break
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk: break
            buf += chunk
        break
else:
    os.kill(pid, signal.SIGKILL)
if not done:
    _, status = os.waitpid(pid, 0)
code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
print(json.dumps({"status": code, "output": buf.decode('utf-8', 'replace')}))
