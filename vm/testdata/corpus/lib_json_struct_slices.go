package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Order struct {
	ID       int               `json:"id"`
	Items    []Item            `json:"items"`
	Notes    *string           `json:"notes"`
	Meta     map[string]string `json:"meta,omitempty"`
	Discount *float64          `json:"discount,omitempty"`
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += float64(it.Qty) * it.Price
	}
	if o.Discount != nil {
		t *= 1 - *o.Discount
	}
	return t
}

func main() {
	data := `[
	  {"id": 1, "items": [{"sku": "A1", "qty": 2, "price": 9.99}, {"sku": "B2", "qty": 1, "price": 0.5}], "notes": "rush"},
	  {"id": 2, "items": [], "notes": null, "discount": 0.1},
	  {"id": 3, "items": [{"sku": "C3", "qty": 10, "price": 1.25}], "discount": 0.2, "meta": {"src": "web"}}
	]`
	var orders []Order
	if err := json.Unmarshal([]byte(data), &orders); err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range orders {
		notes := "<none>"
		if o.Notes != nil {
			notes = *o.Notes
		}
		fmt.Printf("%d items=%d notes=%s total=%.2f meta=%v\n", o.ID, len(o.Items), notes, o.Total(), o.Meta)
	}
	out, _ := json.Marshal(orders[1:])
	fmt.Println(string(out))
	orders[0].Items = append(orders[0].Items, Item{"Z9", 1, 100})
	out, _ = json.Marshal(orders[0])
	fmt.Println(string(out))
}

// Output:
// 1 items=2 notes=rush total=20.48 meta=map[]
// 2 items=0 notes=<none> total=0.00 meta=map[]
// 3 items=1 notes=<none> total=10.00 meta=map[src:web]
// [{"id":2,"items":[],"notes":null,"discount":0.1},{"id":3,"items":[{"sku":"C3","qty":10,"price":1.25}],"notes":null,"meta":{"src":"web"},"discount":0.2}]
// {"id":1,"items":[{"sku":"A1","qty":2,"price":9.99},{"sku":"B2","qty":1,"price":0.5},{"sku":"Z9","qty":1,"price":100}],"notes":"rush"}
