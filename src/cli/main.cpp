// STUB: replaced by the command line.
int main() { return 2; }
