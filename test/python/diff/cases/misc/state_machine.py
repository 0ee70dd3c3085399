class Turnstile:
    transitions = {
        ("locked", "coin"): "unlocked",
        ("locked", "push"): "locked",
        ("unlocked", "push"): "locked",
        ("unlocked", "coin"): "unlocked",
    }

    def __init__(self):
        self.state = "locked"
        self.coins = 0
        self.passes = 0

    def handle(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError(f"invalid event {event!r} in state {self.state!r}")
        new_state = self.transitions[key]
        if event == "coin":
            self.coins += 1
        if self.state == "unlocked" and event == "push":
            self.passes += 1
        print(f"{self.state:>8} --{event}--> {new_state}")
        self.state = new_state


t = Turnstile()
for event in ["push", "coin", "coin", "push", "push", "coin", "kick", "push"]:
    try:
        t.handle(event)
    except ValueError as e:
        print("error:", e)
print("coins", t.coins, "passes", t.passes, "final", t.state)


def traffic_light(cycles):
    order = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
    state, clock = "red", 0
    timeline = []
    for _ in range(cycles):
        nxt, duration = order[state]
        timeline.append(f"t={clock}:{state}")
        clock += duration
        state = nxt
    return timeline


print(" ".join(traffic_light(7)))
