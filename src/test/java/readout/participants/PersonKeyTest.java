package readout.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonKeyTest {
    @Test
    void diacriticsCaseHyphensAndSpacesFoldAlike() {
        assertEquals("nguyen-phu-trong", PersonKey.of("Nguyễn Phú Trọng"));
        assertEquals(PersonKey.of("Nguyễn Phú Trọng"), PersonKey.of("Nguyen Phu Trong"));
        assertEquals(PersonKey.of("NGUYỄN  phú trọng"), PersonKey.of("nguyen phu trong"));
        assertEquals(PersonKey.of("Díaz-Canel"), PersonKey.of("Diaz-Canel"));
        assertEquals(PersonKey.of("Miguel Díaz-Canel"), PersonKey.of("Miguel Diaz Canel"));
        assertEquals("do-muoi", PersonKey.of("Đỗ Mười"));
    }

    @Test
    void aKeyHasNoCharacterAUrlPathWouldEscape() {
        String key = PersonKey.of("Jean-Yves Le Drian (France)'s \"envoy\"/x");
        assertEquals("jean-yves-le-drian-france-s-envoy-x", key);
        assertEquals("", PersonKey.of("— —"));
    }

    @Test
    void aTypedPrefixFoldsLikeAKey() {
        assertEquals("ngu", PersonKey.prefix("Ngu"));
        assertEquals("nguyen-p", PersonKey.prefix("Nguyễn P"));
        assertEquals("nguyen-", PersonKey.prefix("nguyễn "));
    }
}
