path token/gold
