from snitflade.cli import main

main()
