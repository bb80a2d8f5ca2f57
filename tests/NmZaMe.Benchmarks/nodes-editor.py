#!/usr/bin/env python3
"""The editor of nodes.sh: signs in to the back office and publishes through its real form (GET the edit page, POST
the form back with its antiforgery token, op=publish), and reads the Delivery API of every node. Standard library only.

  nodes-editor.py signin   BASE EMAIL PASSWORD JAR
  nodes-editor.py latency  JAR PUBLISH_BASE COUNT KEY OTHER_BASE...      -> one line per publish: milliseconds
  nodes-editor.py storm    JAR BASE STOP_FILE OUT KEY...                 -> OUT: "answered|attempt KEY COUNTER" lines
  nodes-editor.py verify   OUT TIMEOUT_S BASE...                         -> "lost=N" (and the lost ones on stderr)
  nodes-editor.py write    JAR BASE KEY NAME                             -> "STATUS seconds detail" of one publish
  nodes-editor.py form     JAR BASE KEY NAME FILE                        -> FILE: the filled-in publish form (JSON)
  nodes-editor.py resend   JAR BASE KEY FILE SECONDS                     -> "503=N 500=N other=N": the saved form
                                                                            sent again and again for SECONDS
"""
import base64, hashlib, hmac, html.parser, http.cookiejar, json, os, re, struct, sys, threading, time
import urllib.error, urllib.parse, urllib.request

API = "/umbraco/delivery/api/v2"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def opener(jar):
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def request(op, url, data=None, timeout=30):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with op.open(urllib.request.Request(url, data=body), timeout=timeout) as r:
            return r.status, r.headers, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace")


class Form(html.parser.HTMLParser):
    """The fields a browser would post from the first form that has a Version field (the content editor's)."""

    def __init__(self):
        super().__init__()
        self.forms, self.current, self.textarea, self.select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.current = []
            self.forms.append(self.current)
        elif self.current is None or "name" not in a and tag != "option":
            return
        elif tag == "input":
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.current.append([a["name"], a.get("value") or ("on" if kind == "checkbox" else "")])
        elif tag == "textarea":
            self.textarea = [a["name"], ""]
            self.current.append(self.textarea)
        elif tag == "select":
            self.select = [a["name"], None, None]
        elif tag == "option" and self.select is not None:
            value = a.get("value", "")
            if self.select[2] is None:
                self.select[2] = value
            if "selected" in a:
                self.select[1] = value

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select is not None:
            value = self.select[1] if self.select[1] is not None else self.select[2]
            if value is not None:
                self.current.append([self.select[0], value])
            self.select = None
        elif tag == "form":
            self.current = None


def edit_url(base, key):
    return f"{base}/umbraco/content/{key}/edit?culture=sl-SI"


def publish_form(op, base, key, name):
    """The editor's form filled in for a publish under NAME, or an error string."""
    status, _, page = request(op, edit_url(base, key))
    if status != 200:
        return f"GET edit {status}"
    parser = Form()
    parser.feed(page)
    fields = next((f for f in parser.forms if any(n == "Version" for n, _ in f)), None)
    if fields is None:
        return "no editor form"
    fields = [(n, name if n == "Name" else v) for n, v in fields if n not in ("op", "PublishCultures")]
    return fields + [("op", "publish"), ("PublishCultures", "sl-SI")]


def publish(op, base, key, name):
    """One publish through the back office: (answered successfully, detail)."""
    fields = publish_form(op, base, key, name)
    if isinstance(fields, str):
        return False, fields
    status, headers, body = request(op, edit_url(base, key), fields)
    if status == 302 and "/edit" in (headers.get("Location") or ""):
        return True, "302"
    error = re.search(r'class="[^"]*(?:error|validation)[^"]*"[^>]*>([^<]{1,200})', body)
    return False, f"POST {status} {error.group(1).strip() if error else body[:200]!r}"


def delivery_name(base, key, timeout=5):
    req = urllib.request.Request(f"{base}{API}/content/item/{key}", headers={"Accept-Language": "sl-SI"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read()).get("name")
    except Exception:
        return None


def load_jar(path):
    jar = http.cookiejar.MozillaCookieJar(path)
    jar.load(ignore_discard=True, ignore_expires=True)
    return jar


def totp(key):
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    digest = hmac.new(secret, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def token(page):
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1)


def signin(base, email, password, path):
    jar = http.cookiejar.MozillaCookieJar(path)
    op = opener(jar)
    _, _, page = request(op, f"{base}/umbraco/login")
    status, headers, body = request(op, f"{base}/umbraco/login",
                                    {"Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token(page)})
    if status != 302:
        sys.exit(f"sign-in answered {status}: {body[:300]}")
    # Administrators must use 2FA: set it up as a user would, with a code computed from the shown key.
    status, _, page = request(op, f"{base}/umbraco/account/2fa")
    key = re.search(r'<code id="shared-key">([^<]+)</code>', page)
    if status == 200 and key:
        secret = key.group(1).replace(" ", "").upper()
        status, _, body = request(op, f"{base}/umbraco/account/2fa?handler=Enable", {"Code": totp(secret), "__RequestVerificationToken": token(page)})
        if status != 200:
            sys.exit(f"2FA set-up answered {status}: {body[:300]}")
    status, _, _ = request(op, f"{base}/umbraco/content")
    if status != 200:
        sys.exit(f"signed in, but /umbraco/content answered {status}")
    jar.save(ignore_discard=True, ignore_expires=True)


def latency(path, base, count, key, others):
    op = opener(load_jar(path))
    for i in range(count):
        name = f"Objava za merjenje {os.getpid()}-{i}"
        ok, detail = publish(op, base, key, name)
        if not ok:
            print(f"publish {i} failed: {detail}", file=sys.stderr)
            continue
        answered = time.monotonic()
        pending = set(others)
        while pending and time.monotonic() - answered < 30:
            pending = {b for b in pending if delivery_name(b, key) != name}
            if pending:
                time.sleep(0.005)
        if pending:
            print(f"publish {i} not visible on {sorted(pending)} after 30 s", file=sys.stderr)
            print("30000")
        else:
            print(round((time.monotonic() - answered) * 1000, 1), flush=True)


def storm(path, base, stop, out, keys):
    lock = threading.Lock()
    with open(out, "a") as log:
        def worker(key):
            op = opener(load_jar(path))
            counter = 0
            while not os.path.exists(stop):
                counter += 1
                with lock:
                    log.write(f"attempt {key} {counter}\n"); log.flush()
                try:
                    ok, _ = publish(op, base, key, f"Nevihta {key[:8]} {counter}")
                except Exception:
                    ok = False
                if ok:
                    with lock:
                        log.write(f"answered {key} {counter}\n"); log.flush()
                else:
                    time.sleep(0.05)
        threads = [threading.Thread(target=worker, args=(k,)) for k in keys]
        for t in threads: t.start()
        for t in threads: t.join()


def verify(out, timeout, bases):
    answered, total = {}, 0
    for line in open(out):
        kind, key, counter = line.split()
        if kind == "answered":
            total += 1
            answered[key] = max(answered.get(key, 0), int(counter))
    pattern = re.compile(r"^Nevihta [0-9a-f]{8} (\d+)$")

    def behind(base, key):
        # A later publish that committed without an answer (the node died under it) is newer, not lost.
        match = pattern.match(delivery_name(base, key) or "")
        return not match or int(match.group(1)) < answered[key]

    deadline = time.monotonic() + timeout
    pending = {(b, k) for b in bases for k in answered}
    while pending and time.monotonic() < deadline:
        pending = {(b, k) for b, k in pending if behind(b, k)}
        if pending:
            time.sleep(0.2)
    lost = {k for _, k in pending}
    for b, k in sorted(pending):
        print(f"  lost: {k} (answered up to {answered[k]}) shows {delivery_name(b, k)!r} on {b}", file=sys.stderr)
    print(f"answered={total} keys={len(answered)} lost={len(lost)}")


def write(path, base, key, name):
    started = time.monotonic()
    try:
        ok, detail = publish(opener(load_jar(path)), base, key, name)
    except Exception as e:
        ok, detail = False, f"{type(e).__name__}: {e}"
    print(f"{'ok' if ok else 'failed'} {time.monotonic() - started:.1f}s {detail}")


def form(path, base, key, name, out):
    fields = publish_form(opener(load_jar(path)), base, key, name)
    if isinstance(fields, str):
        sys.exit(fields)
    with open(out, "w") as f:
        json.dump(fields, f)


def resend(path, base, key, file, seconds):
    """What a write gets while the database is down: the form read before, sent as an editor would keep trying."""
    op, fields = opener(load_jar(path)), [tuple(f) for f in json.load(open(file))]
    counts, others = {"503": 0, "500": 0, "other": 0}, {}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            status, _, _ = request(op, edit_url(base, key), fields, timeout=30)
            status = str(status)
        except Exception as e:
            status = type(e).__name__
        if status not in counts:
            others[status] = others.get(status, 0) + 1
            status = "other"
        counts[status] += 1
        time.sleep(0.1)
    print(" ".join(f"{k}={v}" for k, v in counts.items()) + (" (" + ",".join(f"{k}:{v}" for k, v in others.items()) + ")" if others else ""))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "signin": signin(*args)
    elif cmd == "latency": latency(args[0], args[1], int(args[2]), args[3], args[4:])
    elif cmd == "storm": storm(args[0], args[1], args[2], args[3], args[4:])
    elif cmd == "verify": verify(args[0], float(args[1]), args[2:])
    elif cmd == "write": write(*args)
    elif cmd == "form": form(*args)
    elif cmd == "resend": resend(args[0], args[1], args[2], args[3], float(args[4]))
    else: sys.exit(__doc__)
