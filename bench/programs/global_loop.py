# A loop over module globals calling a function that rebinds a global.
balance = 0
def change_it(n):
    global balance
    balance = balance + n
    balance = balance - n
for i in range(3000000):
    change_it(i)
print(balance)
