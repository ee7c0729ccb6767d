# Evaluates one xm config the way xend's `xm create` did (tools/python/xen/xm/opts.py Opts.load):
# exec with separate, initially empty globals and a locals dict holding the command-line script
# variables, the preamble's imports and xm_file / xm_help / xm_vars; then keep the locals whose type
# is exactly str, list, int or float. os.uname() answers jxl's documented default host.
# Test-only oracle: it is run only on the project's own test configs.
#
# usage: xend_eval.py CONFIG XM_FILE [VAR=VALUE ...]   -> one JSON line on stdout
import json
import os
import posix
import sys


class Var:
    def __init__(self, name, use, check):
        self.name, self.use, self.check = name, use or '', check

    def do_check(self, env):
        if not self.check:
            return
        try:
            env[self.name] = self.check(self.name, env.get(self.name))
        except Exception as ex:  # xend caught StandardError and re-raised it with the name
            raise type(ex)(self.name + " - " + str(ex))


class Vars:
    def __init__(self, name, help, env):
        self.name, self.help, self.env, self.vars = name, help, env, []

    def var(self, name, use=None, check=None):
        self.vars.append(Var(name, use, check))

    def check(self):
        for v in self.vars:
            v.do_check(self.env)


def encode(v):
    t = type(v)
    if t is bool or v is None or t is str or t is int:
        return v
    if t is float:
        return {"float": repr(v)}
    if t is list:
        return [encode(x) for x in v]
    if t is tuple:
        return {"tuple": [encode(x) for x in v]}
    if t is dict:  # insertion order (Python 3.7+); jxl keeps the same order
        return {"dict": [[encode(k), encode(x)] for k, x in v.items()]}
    if t is set:  # hash order varies from run to run: sorted by text
        return {"set": sorted((encode(x) for x in v), key=lambda e: json.dumps(e, sort_keys=True))}
    return {"other": t.__name__}


def main():
    config, xm_file = sys.argv[1], sys.argv[2]
    os.uname = lambda: posix.uname_result(("Linux", "localhost", "6.1.0", "#1 SMP", "x86_64"))
    globs = {}
    locs = {}
    for word in sys.argv[3:]:
        k, v = word.strip().split('=', 1)
        locs[k.strip()] = v.strip()
    exec("import sys\nimport os\nimport os.path\n", globs, locs)
    locs["xm_file"] = xm_file
    locs["xm_help"] = 0
    locs["xm_vars"] = Vars(xm_file, 0, locs)
    with open(config, encoding="latin-1") as f:
        text = f.read()
    try:
        exec(compile(text, config, "exec"), globs, locs)
    except Exception as ex:
        print(json.dumps({"error": type(ex).__name__, "message": str(ex)}))
        return
    kept = {k: encode(v) for k, v in locs.items() if type(v) in (str, list, int, float)}
    print(json.dumps({"variables": kept}, sort_keys=True))


main()
