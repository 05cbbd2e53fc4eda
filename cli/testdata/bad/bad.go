package main

import "time"

func main() {
	go println(time.Now())
}
