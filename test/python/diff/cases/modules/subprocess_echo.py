import subprocess

print("before echo")
result = subprocess.run(["echo", "hello from echo"])
print(result)
print(result.returncode, result.args)
captured = subprocess.run(["echo", "captured", "text"], capture_output=True)
print(captured)
print(captured.stdout, captured.stdout.decode().strip())
as_text = subprocess.run(["echo", "-n", "no newline"], capture_output=True, text=True)
print(repr(as_text.stdout), repr(as_text.stderr), as_text.returncode)
print(subprocess.check_output(["echo", "checked"]))
print(subprocess.call(["echo", "call returns code"]))
print("after echo")
