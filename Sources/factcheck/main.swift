import FactCheck
print("factcheck \(FactCheckVersion.current)")
