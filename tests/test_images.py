"""Images: renditions are made when an image is saved, never while a page is served; every
<img> has its size and alt text, loads lazily below the top of the page, and comes as AVIF
and WebP with a JPEG fallback."""

import io
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.models import Page

from technopolis.demo.images import draw
from technopolis.models import CustomImage, CustomRendition
from technopolis.renditions import IMAGE_USES, all_filter_specs

from .factories import site_settings, translated_pages
from .factories.offers import ZonePageFactory
from .factories.site_tree import SEARCH_WORDS, every_page_type

pytestmark = pytest.mark.django_db

SHARE_SPEC = IMAGE_USES["share"].filter_specs[0]


def png(size=(320, 180), seed="test"):
    """A small picture, quick to turn into every rendition."""
    return Image.open(io.BytesIO(draw(seed, "teal"))).resize(size)


def upload(name="photo.png", **kwargs):
    buffer = io.BytesIO()
    png(**kwargs).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def specs_of(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


@pytest.fixture
def photo():
    image = CustomImage(title="Test photo", description="Children launching a water rocket.")
    image.file = upload()
    image.save()
    return image


@pytest.fixture
def images_on_every_use(site, photo):
    """A page of every page type in every language (tests/factories/site_tree.py), whose zone
    and room show images; a second zone with an image, so that listings show images below the
    first, and a use of each other kind: {page type name: {code: page}}. Wagtail's welcome
    page, a plain Page outside the site (no address), is removed as the demo's loader does."""
    Page.objects.filter(depth=2, content_type__model="page").delete()
    pages = every_page_type(site)
    translated_pages(ZonePageFactory(parent=pages["ZoneIndexPage"]["nl"], image=photo))
    audience = pages["AudiencePage"]["nl"]
    audience.image = photo
    audience.save_revision().publish()
    content = pages["ContentPage"]["fr"]
    content.body.append(("image", {"image": photo, "alt_text": "", "caption": "Une fusée"}))
    content.save_revision().publish()
    organisation = pages["OrganisationPage"]["en"]
    organisation.logo = photo
    organisation.save_revision().publish()
    return pages


def crawl_urls(pages):
    urls = [page.url for page in Page.objects.live().filter(depth__gt=1)]
    for language in ("nl", "fr", "en"):
        programmes = pages["ProgrammeIndexPage"][language].url
        urls += [f"{programmes}?level=primary", f"{programmes}?theme=digital&grade=5"]
        with translation.override(language):
            urls.append(f"{reverse('search')}?q={SEARCH_WORDS[language]}")
    return urls


class Images(HTMLParser):
    """<img>, <picture> (with its <source> types) and og:image, in the order of the page."""

    def __init__(self):
        super().__init__()
        self.imgs, self.pictures, self.urls = [], [], set()
        self._picture = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self._picture = {"sources": [], "img": None}
            self.pictures.append(self._picture)
        elif tag == "source" and self._picture is not None:
            self._picture["sources"].append(attrs.get("type"))
            self.urls |= srcset_urls(attrs.get("srcset"))
        elif tag == "img":
            self.imgs.append(attrs)
            if self._picture is not None:
                self._picture["img"] = attrs
            self.urls |= {attrs.get("src")} | srcset_urls(attrs.get("srcset"))
        elif tag == "meta" and attrs.get("property") == "og:image":
            self.urls.add("/" + attrs["content"].split("/", 3)[3])

    def handle_endtag(self, tag):
        if tag == "picture":
            self._picture = None


def srcset_urls(srcset):
    return {candidate.split()[0] for candidate in (srcset or "").split(",") if candidate.strip()}


def test_crawling_every_page_makes_no_rendition_and_every_image_is_well_formed(
    client, images_on_every_use
):
    rendition_specs = dict(CustomRendition.objects.values_list("file", "filter_spec"))
    before = CustomRendition.objects.count()
    shown, pictures, img_count, below_the_top = set(), 0, 0, 0
    for url in crawl_urls(images_on_every_use):
        response = client.get(url)
        assert response.status_code == 200, url
        page = Images()
        page.feed(response.content.decode())
        for position, img in enumerate(page.imgs):
            assert img.get("width", "").isdigit() and img.get("height", "").isdigit(), (url, img)
            assert img.get("alt") is not None, (url, img)
            if position > 0:
                assert img.get("loading") == "lazy", (url, img)
                below_the_top += 1
            if "banner" in img.get("class", "").split():
                assert position == 0 and img.get("loading") is None, (url, img)
        for picture in page.pictures:
            assert picture["sources"] == ["image/avif", "image/webp"], url
            assert picture["img"]["src"].endswith(".jpg"), url
        shown |= {url.removeprefix("/media/") for url in page.urls if url.startswith("/media/")}
        pictures += len(page.pictures)
        img_count += len(page.imgs)
    assert CustomRendition.objects.count() == before, "a page made renditions while served"
    # The crawl saw every use: a use no page shows would not be tested here.
    assert {rendition_specs[name] for name in shown} == set(all_filter_specs())
    assert pictures >= 20 and img_count > pictures  # zones, cards, spaces, the figure; a logo
    assert below_the_top  # the zone cards after the first


@pytest.mark.usefixtures("site")
def test_a_missing_rendition_would_show_in_the_count(client, photo):
    """The crawl above can fail: a page asking for a rendition not made beforehand makes it."""
    site_settings(share_image=photo)  # every page shows the site's sharing image
    CustomRendition.objects.filter(filter_spec=SHARE_SPEC).delete()
    before = CustomRendition.objects.count()
    assert client.get("/nl/").status_code == 200
    assert CustomRendition.objects.count() == before + 1


def test_uploading_in_the_admin_makes_every_rendition(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Uploaded",
            "description": "A teacher pointing at a model of the solar system.",
            "file": upload("uploaded.png"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = CustomImage.objects.get(title="Uploaded")
    assert specs_of(image) == set(all_filter_specs())
    renditions = image.renditions.all()
    assert {r.file.name.rsplit(".", 1)[1] for r in renditions} == {"avif", "webp", "jpg", "png"}


def test_a_new_focal_point_makes_new_crops(photo):
    crops = [spec for spec in all_filter_specs() if "fill-" in spec]
    old_keys = set(photo.renditions.values_list("focal_point_key", flat=True))
    photo.focal_point_x, photo.focal_point_y = 60, 40
    photo.focal_point_width, photo.focal_point_height = 40, 40
    photo.save()
    new = photo.renditions.exclude(focal_point_key__in=old_keys)
    assert sorted(new.values_list("filter_spec", flat=True)) == sorted(crops)
