import os

to_child_r, to_child_w = os.pipe()
to_parent_r, to_parent_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(to_child_w)
    os.close(to_parent_r)
    data = b""
    while True:
        chunk = os.read(to_child_r, 4)
        if chunk == b"":
            break
        data += chunk
    words = data.decode().split()
    reply = " ".join(w.upper() for w in reversed(words))
    os.write(to_parent_w, reply.encode())
    os._exit(0)
os.close(to_child_r)
os.close(to_parent_w)
os.write(to_child_w, "alpha beta gamma 你好".encode())
os.close(to_child_w)
answer = os.read(to_parent_r, 1000).decode()
os.waitpid(pid, 0)
print("reply:", answer)
print("after child exit, read gives", os.read(to_parent_r, 10))
