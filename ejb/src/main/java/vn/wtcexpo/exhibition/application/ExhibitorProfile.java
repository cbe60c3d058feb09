package vn.wtcexpo.exhibition.application;

import java.util.List;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.ProductCategory;

/** An exhibitor company as it shows itself; {@code taxCode} hyphenated for a branch. {@code id} is null on input. */
public record ExhibitorProfile(String id, String companyName, String taxCode, String address, String contactName,
                               String email, String phone, String website, String products,
                               List<ProductCategory> categories) {

    public static ExhibitorProfile of(Exhibitor e) {
        return new ExhibitorProfile(e.id(), e.companyName(), e.taxCode().display(), e.address(), e.contactName(),
                e.email(), e.phone(), e.website(), e.products(), e.categories());
    }

    public Exhibitor.Profile toModel() {
        return new Exhibitor.Profile(companyName, taxCode, address, contactName, email, phone, website, products, categories);
    }
}
