package vn.wtcexpo.rest.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.SellerService;
import vn.wtcexpo.exhibition.model.Seller;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** The seller on payment requests: the venue company's legal identity (both languages) and its bank accounts. */
@Path("seller")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@Retried
public class SellerResource {

    /** An account exhibitors pay into. */
    @JsonbPropertyOrder({"bankName", "accountNumber", "accountHolder", "branch"})
    public record AccountJson(String bankName, String accountNumber, String accountHolder, String branch, String napasBin) {
    }

    /** The seller as payment requests show it; the same shape is sent to change it. */
    @JsonbPropertyOrder({"legalNameVi", "legalNameEn", "taxCode", "addressVi", "addressEn", "accounts"})
    public record SellerJson(String legalNameVi, String legalNameEn, String taxCode, String addressVi, String addressEn,
                             List<AccountJson> accounts) {
        static SellerJson of(Seller.Details d) {
            return new SellerJson(d.legalNameVi(), d.legalNameEn(), d.taxCode(), d.addressVi(), d.addressEn(),
                    d.accounts().stream().map(a -> new AccountJson(a.bankName(), a.accountNumber(), a.accountHolder(), a.branch(), a.napasBin()))
                            .toList());
        }

        Seller.Details toDetails() {
            return new Seller.Details(legalNameVi, legalNameEn, taxCode, addressVi, addressEn, accounts == null ? null
                    : accounts.stream().map(a -> a == null ? new Seller.Account(null, null, null, null)
                    : new Seller.Account(a.bankName(), a.accountNumber(), a.accountHolder(), a.branch(), a.napasBin())).toList());
        }
    }

    @Inject
    private SellerService sellers;

    @GET
    @Operation(operationId = "sellerGet", summary = "The seller on payment requests (venue admin, organizers); 404 until set")
    public SellerJson get() {
        return sellers.seller().map(SellerJson::of).orElseThrow(() -> DomainException.notFound("SELLER_NOT_SET"));
    }

    @PUT
    @Operation(operationId = "sellerChange", summary = "Sets the seller: legal name and address in both languages, tax code, "
            + "one to five bank accounts (venue admin); every bad field is named at once")
    public SellerJson change(SellerJson input) {
        if (input == null) {
            throw DomainException.invalid("seller", "VALUE_REQUIRED");
        }
        return SellerJson.of(sellers.change(input.toDetails()));
    }
}
