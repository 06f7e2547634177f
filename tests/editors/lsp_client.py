"""A small LSP client over pipes for the tests and the benchmark: Debian's python3, standard library only."""
import json
import queue
import subprocess
import threading
import time

# How long a test waits for one message before it calls the server hung.
TIMEOUT_SECONDS = 20


def frame(message):
    """Returns a message as bytes with its Content-Length header."""
    body = json.dumps(message).encode("utf-8") if not isinstance(message, bytes) else message
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Client:
    """Runs `rubric lsp` and talks to it: requests, notifications, raw bytes, and the messages it sends."""

    def __init__(self, binary, args=("lsp",)):
        self.process = subprocess.Popen([binary, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.inbox = queue.Queue()
        self.next_id = 1
        self.pending = []
        threading.Thread(target=self._read, daemon=True).start()
        self.stderr = b""
        self.stderr_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self.stderr_reader.start()

    def _read_stderr(self):
        for line in self.process.stderr:
            self.stderr += line

    def _read(self):
        out = self.process.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            body = out.read(length)
            self.inbox.put(json.loads(body))

    def log(self):
        """Returns what the server wrote on standard error, once it has exited."""
        self.stderr_reader.join(timeout=TIMEOUT_SECONDS)
        return self.stderr.decode("utf-8", "replace")

    def send_raw(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send_raw(frame(message))

    def send_request(self, method, params=None):
        """Sends a request and returns its id without waiting."""
        request_id = self.next_id
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send_raw(frame(message))
        return request_id

    def receive(self, accept, timeout=TIMEOUT_SECONDS):
        """Returns the first message (kept or new) for which accept(message) is true."""
        for i, message in enumerate(self.pending):
            if accept(message):
                return self.pending.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from rubric lsp within %ss" % timeout)
            try:
                message = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise EOFError("rubric lsp closed its output")
            if accept(message):
                return message
            self.pending.append(message)

    def response(self, request_id):
        return self.receive(lambda m: m.get("id") == request_id and "method" not in m)

    def request(self, method, params=None):
        """Sends a request and returns the whole response (result or error)."""
        return self.response(self.send_request(method, params))

    def result(self, method, params=None):
        response = self.request(method, params)
        if "error" in response:
            raise AssertionError("%s failed: %s" % (method, response["error"]))
        return response["result"]

    def diagnostics(self, uri):
        """Waits for the next publishDiagnostics for uri."""
        message = self.receive(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                               and m["params"]["uri"] == uri)
        return message["params"]["diagnostics"]

    def initialize(self, encodings=None):
        capabilities = {"general": {"positionEncodings": encodings}} if encodings else {}
        result = self.result("initialize", {"processId": None, "rootUri": None, "capabilities": capabilities})
        self.notify("initialized", {})
        return result

    def open(self, uri, text):
        self.notify("textDocument/didOpen",
                    {"textDocument": {"uri": uri, "languageId": "rubric", "version": 1, "text": text}})
        return self.diagnostics(uri)

    def close(self, timeout=TIMEOUT_SECONDS):
        """Shuts the server down and returns its exit status."""
        self.result("shutdown")
        self.notify("exit")
        self.process.stdin.close()
        return self.process.wait(timeout=timeout)
