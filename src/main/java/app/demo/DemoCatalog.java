package app.demo;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import app.catalog.Attributes;
import app.catalog.Catalog;
import app.catalog.NewCategory;
import app.catalog.NewProduct;
import app.catalog.Sku;
import app.money.Money;

/**
 * A few hundred plausible products in six departments, generated from brands and models
 * so that the same catalog comes out every time (fixed seed): prices, stock and colours
 * vary, including SKUs that are nearly sold out.
 */
final class DemoCatalog {

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final List<String> COLORS = List.of("black", "white", "navy", "red", "green", "grey", "blue",
			"orange");

	/** A shelf of one kind of product; every brand makes every model. */
	private record Aisle(String name, String skuPrefix, String noun, int minPrice, int maxPrice, boolean coloured,
			List<String> brands, List<String> models, String blurb) {
	}

	/**
	 * @param titled whether products are titles by authors (books) rather than models by
	 * brands
	 */
	private record Department(String name, boolean titled, List<Aisle> aisles) {
	}

	private static final List<Department> DEPARTMENTS = List.of(
			new Department("Footwear", false,
					List.of(new Aisle("Running Shoes", "RUN", "Running Shoes", 59, 179, true,
							List.of("Stride", "Kinetic", "Apex", "Trailblaze"),
							List.of("Tempo", "Cloudrunner", "Marathon Pro", "Daily Trainer"),
							"cushioned, breathable and light, for daily miles on road and track"),
							new Aisle("Hiking Boots", "HIK", "Hiking Boots", 89, 249, true,
									List.of("Summit", "Ridgeline", "Granite", "Timberwolf"),
									List.of("Alpine", "Trekker", "Mid Waterproof", "Explorer"),
									"waterproof leather with a grippy sole, made for rocky trails"),
							new Aisle("Sneakers", "SNK", "Sneakers", 39, 129, true,
									List.of("Urban", "Retro Lab", "Flux", "Canvas Club"),
									List.of("Classic Low", "High Top", "Court", "Slip-On"),
									"everyday comfort with a timeless look"),
							new Aisle("Sandals", "SAN", "Sandals", 19, 89, true,
									List.of("Coastline", "Sunday", "Driftwood", "Tidal"),
									List.of("Slide", "Sport", "Leather Strap", "Flip"),
									"quick-drying straps and a contoured footbed for warm days"))),
			new Department("Clothing", false,
					List.of(new Aisle("T-Shirts", "TEE", "T-Shirt", 12, 49, true,
							List.of("Basics", "Loom", "Northline", "Everyday"),
							List.of("Organic Cotton", "Merino", "Graphic", "Pocket"),
							"soft, durable fabric that keeps its shape wash after wash"),
							new Aisle("Jackets", "JKT", "Jacket", 49, 299, true,
									List.of("Summit", "Stormguard", "Northline", "Harbor"),
									List.of("Rain Shell", "Down", "Softshell", "Fleece"),
									"keeps wind and weather out and packs down small"),
							new Aisle("Trousers", "TRS", "Trousers", 29, 119, true,
									List.of("Loom", "Ridgeline", "Foundry", "Everyday"),
									List.of("Chino", "Hiking", "Cargo", "Slim Fit"),
									"stretchy, hard-wearing and comfortable all day"),
							new Aisle("Socks", "SCK", "Socks", 6, 29, true,
									List.of("Stride", "Basics", "Woolly", "Cozy"),
									List.of("Running", "Hiking", "Everyday 3-Pack", "Merino Wool"),
									"cushioned where it matters, with no seams to rub"))),
			new Department("Sports & Outdoors", false,
					List.of(new Aisle("Tents", "TNT", "Tent", 79, 499, false,
							List.of("Basecamp", "Ridgeline", "Nomad", "Skyline"),
							List.of("1-Person", "2-Person", "Family 4-Person", "Ultralight"),
							"pitches in minutes and stands firm in wind and rain"),
							new Aisle("Sleeping Bags", "SLP", "Sleeping Bag", 39, 289, false,
									List.of("Basecamp", "Nomad", "Arctic", "Dreamer"),
									List.of("Summer", "Three-Season", "Down Winter", "Mummy"),
									"warm, light and compressible for nights under the stars"),
							new Aisle("Bicycles", "BIK", "Bike", 349, 1899, true,
									List.of("Velo", "Cadence", "Trailhead", "Metro"),
									List.of("Road", "Gravel", "City", "Mountain"),
									"a light frame and smooth gears for every kind of ride"),
							new Aisle("Yoga Mats", "YOG", "Yoga Mat", 19, 99, true,
									List.of("Lotus", "Balance", "Flow", "Zen"),
									List.of("Cork", "Travel", "Extra Thick", "Natural Rubber"),
									"non-slip grip and cushioning for every pose"))),
			new Department("Electronics", false,
					List.of(new Aisle("Headphones", "HPH", "Headphones", 29, 399, true,
							List.of("Sonix", "Aurora", "Pulse", "Echo"),
							List.of("Wireless Over-Ear", "Noise Cancelling", "In-Ear Sport", "Studio"),
							"rich sound, long battery life and all-day comfort"),
							new Aisle("Smartwatches", "WCH", "Smartwatch", 79, 499, true,
									List.of("Pulse", "Chrono", "Fitbeat", "Orbit"),
									List.of("Sport", "Classic", "GPS", "Kids"),
									"tracks runs, sleep and heart rate, and lasts a week on a charge"),
							new Aisle("Cameras", "CAM", "Camera", 99, 1499, false,
									List.of("Lumen", "Optix", "Aperture", "Shutterbug"),
									List.of("Compact", "Mirrorless", "Action", "Instant"),
									"sharp pictures and smooth video, wherever you go"),
							new Aisle("Speakers", "SPK", "Speaker", 29, 349, true,
									List.of("Sonix", "Echo", "Boom", "Aurora"),
									List.of("Portable Bluetooth", "Smart", "Bookshelf", "Waterproof"),
									"big, clear sound that fills the room"))),
			new Department(
					"Home & Kitchen", false, List.of(
							new Aisle("Cookware", "CKW", "", 19, 189, false,
									List.of("Forge", "Hearth", "Copperline", "Chef's Own"),
									List.of("Cast Iron Skillet", "Nonstick Frying Pan", "Stainless Saucepan",
											"Dutch Oven"),
									"even heat and a lifetime of dinners"),
							new Aisle("Coffee", "COF", "", 9, 249, false,
									List.of("Roastery", "Crema", "Morning", "Bean & Leaf"),
									List.of("Espresso Beans 1 kg", "Pour-Over Kettle", "French Press", "Burr Grinder"),
									"for a better cup every morning"),
							new Aisle("Lighting", "LGT", "", 15, 229, true,
									List.of("Lumen", "Glow", "Nordic", "Lantern"),
									List.of("Desk Lamp", "Floor Lamp", "LED Strip", "Pendant Light"),
									"warm, dimmable light for every room"))),
			new Department("Books", true, List.of(
					new Aisle("Fiction", "FIC", "", 9, 29, false,
							List.of("A. Marlowe", "J. Okafor", "L. Lindqvist", "R. Castell"),
							List.of("The Silent Harbor", "Winter Orchard", "The Cartographer's Daughter",
									"Salt and Ember"),
							"a novel readers could not put down"),
					new Aisle("Cookbooks", "CKB", "", 15, 45, false,
							List.of("M. Rossi", "S. Tanaka", "P. Dubois", "K. Nair"),
							List.of("Weeknight Suppers", "The Bread Book", "Plants on the Plate", "One Pan"),
							"recipes that work the first time"),
					new Aisle("Travel Guides", "TRV", "", 12, 35, false,
							List.of("Wayfarer", "Compass", "Backroads", "Atlas"),
							List.of("Iceland", "Japan", "Portugal", "Patagonia"),
							"the places, trails and tables locals love"))));

	private final Random random = new Random(42);

	int categoryCount() {
		return DEPARTMENTS.stream().mapToInt(it -> 1 + it.aisles().size()).sum();
	}

	int productCount() {
		return DEPARTMENTS.stream()
			.flatMap(it -> it.aisles().stream())
			.mapToInt(it -> it.brands().size() * it.models().size())
			.sum();
	}

	void loadInto(Catalog catalog) {
		for (var department : DEPARTMENTS) {
			var departmentId = catalog.addCategory(new NewCategory(department.name(), null));
			for (var aisle : department.aisles()) {
				var aisleId = catalog.addCategory(new NewCategory(aisle.name(), departmentId));
				int number = 0;
				for (var brand : aisle.brands()) {
					for (var model : aisle.models()) {
						var sku = new Sku("%s-%03d".formatted(aisle.skuPrefix(), ++number));
						var name = department.titled() ? model : (brand + " " + model + " " + aisle.noun()).strip();
						catalog.addProduct(new NewProduct(sku, name, description(aisle, brand, model), price(aisle),
								aisleId, attributes(department, aisle, brand)));
						catalog.countStock(sku, stock());
					}
				}
			}
		}
	}

	private static String description(Aisle aisle, String brand, String model) {
		var what = aisle.noun().isEmpty() ? model : model + " " + aisle.noun().toLowerCase(Locale.ROOT);
		return "The %s by %s: %s.".formatted(what, brand, aisle.blurb());
	}

	/** A price in the aisle's range, ending in .99 as shops like them. */
	private Money price(Aisle aisle) {
		int euros = aisle.minPrice() + random.nextInt(aisle.maxPrice() - aisle.minPrice() + 1);
		return new Money(new BigDecimal(euros).subtract(new BigDecimal("0.01")), EUR);
	}

	private Attributes attributes(Department department, Aisle aisle, String brand) {
		var values = new LinkedHashMap<String, String>();
		values.put(department.titled() ? "author" : "brand", brand);
		if (aisle.coloured()) {
			values.put("color", COLORS.get(random.nextInt(COLORS.size())));
		}
		return new Attributes(values);
	}

	/** Mostly well stocked; one SKU in eight nearly sold out. */
	private int stock() {
		return random.nextInt(8) == 0 ? random.nextInt(4) : 10 + random.nextInt(140);
	}

}
