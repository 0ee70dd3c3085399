import queue


class Scheduler:
    def __init__(self):
        self.events = queue.PriorityQueue()
        self.counter = 0
        self.now = 0

    def schedule(self, delay, name, action=None):
        self.counter += 1
        self.events.put((self.now + delay, self.counter, name, action))

    def run(self):
        log = []
        while not self.events.empty():
            when, seq, name, action = self.events.get()
            self.now = when
            log.append(f"t={when:<3} #{seq:<2} {name}")
            if action:
                action(self)
        return log


def spawn_followups(s):
    s.schedule(5, "followup-1")
    s.schedule(5, "followup-2")
    s.schedule(1, "urgent")


s = Scheduler()
s.schedule(10, "report")
s.schedule(3, "boot", spawn_followups)
s.schedule(3, "tie-after-boot")
s.schedule(0, "immediate")
for line in s.run():
    print(line)
print("final time", s.now)
