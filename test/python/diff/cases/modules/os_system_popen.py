# record: stderr
# os.system and os.popen on the virtual commands.
import os

print('status', os.system('echo hello from echo'), flush=True)
print('status', os.system("echo 'quoted  words' \"double q\" back\\ slash"), flush=True)
print('missing', os.system('no_such_command arg'), flush=True)
with os.popen('echo popen output') as f:
    print(repr(f.read()))
f = os.popen('echo -n a b c')
print(f.readline(), f.close())
f = os.popen('cat /nonexistent_file_xyz')
print(repr(f.read()), f.close())
for line in os.popen('echo one two'):
    print(line.split())
