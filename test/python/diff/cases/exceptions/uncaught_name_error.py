print("start")


def helper():
    return undefined_variable_xyz + 1


print(helper())
print("never")
