from snitflade.quick import main

main()
