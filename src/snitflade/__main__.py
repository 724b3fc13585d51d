from snitflade.launch import main

main()
