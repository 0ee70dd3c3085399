# forkscope: Start a child without join()
# source: document 003 (进程), example 1 — ../shared/seeds/examples/003_01.py
# shows: The parent's two lines come first; the child's '子进程运行中' comes after them, and the interpreter's exit waits for the child.

# Process()创建子进程
import multiprocessing
def run_proc():
    """定义子进程代码"""
    print("子进程运行中")

if __name__=='__main__':
    print("父进程运行")
    p=multiprocessing.Process(target=run_proc)
    print("子进程将要执行")
    p.start()	#启动子进程
