"""Make the renditions every image lacks, after the site's image uses changed."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from technopolis.renditions import all_filter_specs, make_renditions


class Command(BaseCommand):
    help = "Make every image's renditions for each use (technopolis/renditions.py) where missing."

    def handle(self, *args, verbosity=1, **options):
        images = get_image_model().objects.prefetch_renditions(*all_filter_specs())
        for image in images.iterator(chunk_size=50):
            make_renditions(image)
        if verbosity:
            self.stdout.write(f"Renditions ready for {images.count()} images.")
