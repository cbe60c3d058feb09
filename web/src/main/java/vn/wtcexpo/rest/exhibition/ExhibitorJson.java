package vn.wtcexpo.rest.exhibition;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.wtcexpo.exhibition.application.ExhibitorProfile;
import vn.wtcexpo.exhibition.model.ProductCategory;
import vn.wtcexpo.shared.DomainException;

/**
 * An exhibitor company on the API; on sign-up also {@code username} and {@code password} of its first
 * account (never given back). {@code categories} from the fixed list of product categories.
 */
@JsonbPropertyOrder({"id", "companyName", "taxCode", "address", "contactName", "email", "phone", "website", "products",
        "categories"})
public record ExhibitorJson(String id, String companyName, String taxCode, String address, String contactName,
                            String email, String phone, String website, String products, List<String> categories,
                            String username, String password) {

    static ExhibitorJson of(ExhibitorProfile p) {
        return new ExhibitorJson(p.id(), p.companyName(), p.taxCode(), p.address(), p.contactName(), p.email(), p.phone(),
                p.website(), p.products(), p.categories().stream().map(Enum::name).toList(), null, null);
    }

    ExhibitorProfile toProfile() {
        List<ProductCategory> list = categories == null ? List.of() : categories.stream().map(c -> {
            try {
                return ProductCategory.valueOf(String.valueOf(c).strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("categories", "CATEGORY_UNKNOWN", String.valueOf(c));
            }
        }).toList();
        return new ExhibitorProfile(null, companyName, taxCode, address, contactName, email, phone, website, products, list);
    }
}
